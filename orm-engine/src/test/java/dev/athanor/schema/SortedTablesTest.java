package dev.athanor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.types.Types;
import org.junit.jupiter.api.Test;

class SortedTablesTest {
    private final MetaData metadata = new MetaData();

    @Test
    void putsReferencedTablesFirst() {
        metadata.table("comments", Column.of("post_id", Types.INTEGER).references("posts.id"));
        metadata.table("posts", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("author_id", Types.INTEGER).references("users.id"));
        metadata.table("users", Column.of("id", Types.INTEGER).primaryKey());

        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("users", "posts", "comments");
    }

    @Test
    void keepsDeclarationOrderBetweenIndependentTables() {
        metadata.table("zebra", Column.of("id", Types.INTEGER));
        metadata.table("apple", Column.of("id", Types.INTEGER));
        metadata.table("mango", Column.of("id", Types.INTEGER));

        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("zebra", "apple", "mango");
    }

    @Test
    void ignoresSelfReferences() {
        metadata.table("employee", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("manager_id", Types.INTEGER).references("employee.id"));
        metadata.table("badge", Column.of("id", Types.INTEGER));

        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("employee", "badge");
    }

    @Test
    void cycleWithoutUseAlterNamesTheTablesAndTheFix() {
        metadata.table("standalone", Column.of("id", Types.INTEGER));
        metadata.table("department", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("manager_id", Types.INTEGER).references("employee.id"));
        metadata.table("employee", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("department_id", Types.INTEGER).references("department.id"));

        assertThatThrownBy(metadata::sortedTables)
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Tables department, employee depend on each other")
                .hasMessageContaining("department[manager_id] → employee")
                .hasMessageContaining("employee[department_id] → department")
                .hasMessageContaining("useAlter")
                .hasMessageNotContaining("standalone");
    }

    @Test
    void useAlterForeignKeyBreaksTheCycle() {
        metadata.table("department", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("manager_id", Types.INTEGER).foreignKey(ForeignKey.to("employee.id").useAlter()));
        metadata.table("employee", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("department_id", Types.INTEGER).references("department.id"));

        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("department", "employee");
    }

    @Test
    void sortsTablesInSchemas() {
        metadata.table("sales", "orders", Column.of("customer_id", Types.INTEGER).references("crm.customers.id"));
        metadata.table("crm", "customers", Column.of("id", Types.INTEGER).primaryKey());

        assertThat(metadata.sortedTables()).extracting(Table::key).containsExactly("crm.customers", "sales.orders");
    }
}
