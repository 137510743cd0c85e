package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.h2.H2Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;
import dev.athanor.orm.internal.Naming;
import dev.athanor.orm.model.Department;
import dev.athanor.orm.model.Employee;
import dev.athanor.orm.model.Models;
import dev.athanor.orm.model.OrderItem;
import dev.athanor.orm.model.Product;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.types.EnumType;
import dev.athanor.types.JsonType;
import dev.athanor.types.NumericType;
import dev.athanor.types.StringType;
import dev.athanor.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void namesAreSnakeCaseUnlessGiven() {
        assertThat(Naming.snakeCase("userId")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("OrderItem")).isEqualTo("order_item");
        assertThat(Naming.snakeCase("HTTPStatus")).isEqualTo("http_status");
        assertThat(Naming.snakeCase("userID")).isEqualTo("user_id");
        assertThat(Naming.snakeCase("line2Total")).isEqualTo("line2_total");
        Registry registry = Models.registry();
        assertThat(registry.mapper(OrderItem.class).table().name()).isEqualTo("order_item");
        assertThat(registry.mapper(Employee.class).property("deptId").column().name()).isEqualTo("dept_id");
        assertThat(registry.mapper(Product.class).table().name()).isEqualTo("product");
    }

    @Test
    void primitivesAndKeysAreNotNullAndBoxedFieldsAreNullable() {
        Mapper<Product> product = Models.registry().mapper(Product.class);
        assertThat(product.property("id").column().isNullable()).isFalse();
        assertThat(product.property("featured").column().isNullable()).isFalse();
        assertThat(product.property("stock").column().isNullable()).isFalse();
        assertThat(product.property("sku").column().isNullable()).isFalse();
        assertThat(product.property("price").column().isNullable()).isTrue();
        assertThat(product.property("status").column().isNullable()).isTrue();
    }

    @Test
    void javaTypesMapToCoreTypes() {
        Mapper<Product> product = Models.registry().mapper(Product.class);
        assertThat(product.property("sku").column().type()).isEqualTo(Types.string(50));
        assertThat(product.property("price").column().type()).isEqualTo(Types.numeric(10, 2));
        assertThat(product.property("status").column().type()).isInstanceOf(EnumType.class);
        assertThat(product.property("attributes").column().type()).isInstanceOf(JsonType.class);
        assertThat(product.property("thumbnail").column().type()).isEqualTo(Types.LARGE_BINARY);
        assertThat(product.property("id").column().type()).isEqualTo(Types.UUID_TYPE);
        assertThat(product.property("launchedOn").column().type()).isEqualTo(Types.DATE);
        assertThat(product.property("updatedAt").column().onUpdate()).isNotNull();
        assertThat(product.columns()).extracting(ColumnProperty::name).doesNotContain("scratch", "instances");
    }

    @Test
    void keysConstraintsAndIndexesReachTheTable() {
        Registry registry = Models.registry();
        assertThat(registry.mapper(OrderItem.class).primaryKey()).extracting(ColumnProperty::name)
                .containsExactly("orderId", "lineNo");
        assertThat(registry.mapper(OrderItem.class).table().indexes()).singleElement()
                .satisfies(index -> assertThat(index.columnNames()).containsExactly("sku", "quantity"));
        assertThat(registry.mapper(Employee.class).table().foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referredTableName()).isEqualTo("department"));
        assertThat(registry.metadata().table("book").foreignKeys().get(0).onDelete())
                .isEqualTo(ReferentialAction.CASCADE);
        assertThat(registry.metadata().sortedTables().indexOf(registry.metadata().table("department")))
                .isLessThan(registry.metadata().sortedTables().indexOf(registry.metadata().table("employee")));
    }

    @Test
    void anUnmappedClassOrAttributeIsNamed() {
        Registry registry = Registry.of(Department.class);
        assertThatThrownBy(() -> registry.mapper(Employee.class)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining(Employee.class.getName());
        assertThatThrownBy(() -> registry.mapper(Department.class).property("nmae"))
                .hasMessageContaining("'nmae'").hasMessageContaining("[id, name]");
    }

    @Table
    static class NoKey {
        String name;
    }

    @Table
    static class BadForeignKey {
        @Column(primaryKey = true)
        Integer id;
        @ForeignKey("nowhere.id")
        Integer nowhereId;
    }

    @Table
    static class BadType {
        @Column(primaryKey = true)
        Integer id;
        Thread owner;
    }

    @Table("department")
    static class OtherDepartment {
        @Column(primaryKey = true)
        Integer id;
    }

    @Table
    static class BadVersion {
        @Column(primaryKey = true)
        Integer id;
        @Version
        String version;
    }

    @Table
    static class NoConstructor {
        @Column(primaryKey = true)
        Integer id;

        NoConstructor(int id) {
            this.id = id;
        }
    }

    @Test
    void mappingMistakesFailWhenTheRegistryIsBuiltNamingClassAndField() {
        assertThatThrownBy(() -> Registry.of(NoKey.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(NoKey.class.getName()).hasMessageContaining("no primary key");
        assertThatThrownBy(() -> Registry.of(BadForeignKey.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(BadForeignKey.class.getName() + ".nowhereId").hasMessageContaining("'nowhere'");
        assertThatThrownBy(() -> Registry.of(BadType.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(BadType.class.getName() + ".owner").hasMessageContaining("java.lang.Thread");
        assertThatThrownBy(() -> Registry.of(Department.class, OtherDepartment.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(Department.class.getName()).hasMessageContaining(OtherDepartment.class.getName())
                .hasMessageContaining("'department'");
        assertThatThrownBy(() -> Registry.of(BadVersion.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining(BadVersion.class.getName() + ".version");
        assertThatThrownBy(() -> Registry.of(NoConstructor.class)).isInstanceOf(MappingError.class)
                .hasMessageContaining("no-arg constructor");
    }

    @Test
    void scanFindsTheAnnotatedClassesOfAPackage() {
        Registry registry = Registry.scan("dev.athanor.orm.model");
        assertThat(registry.mappers()).extracting(m -> m.entityClass().getSimpleName())
                .contains("Department", "Employee", "Author", "Book", "Product", "OrderItem", "Document")
                .doesNotContain("Status", "Models");
    }

    @Test
    void metamodelAttributesCompileLikeTheMappedColumns() {
        EntityTable<Employee> table = EntityTable.of(Employee.class, "employee", "");
        ColumnAttribute<Employee, Integer> deptId = table.attribute("deptId", "dept_id");
        Mapper<Employee> mapper = Models.registry().mapper(Employee.class);
        assertThat(mapper.property(deptId)).isSameAs(mapper.property("deptId"));
        assertThat(deptId.type()).isEqualTo(Types.INTEGER);
        assertThat(deptId.toString()).isEqualTo("Employee.deptId");
        assertThat(table.columns()).extracting(ColumnAttribute::name).containsExactly("id", "name", "dept_id", "salary");
        assertThat(table.columns().get(3).type()).isInstanceOf(NumericType.class);
        assertThat(EntityTable.of(Department.class, "department", "").columns().get(1).type())
                .isInstanceOf(StringType.class);
    }

    @Test
    void aNestedEntityAndItsGeneratedMetamodelNameOneTable() {
        // the processor names the metamodel of RegistryTest.Ticket RegistryTest_Ticket_, not RegistryTest$Ticket_
        assertThat(EntityTable.metamodelName(Ticket.class)).isEqualTo("dev.athanor.orm.RegistryTest_Ticket_");
        assertThat(EntityTable.of(Ticket.class)).isSameAs(RegistryTest_Ticket_.TABLE);

        String sql = new H2Dialect().compile(Sql.select(Ticket.class).where(RegistryTest_Ticket_.title.eq("x"))).sql();

        assertThat(sql).isEqualTo("SELECT nested_ticket.id, nested_ticket.title FROM nested_ticket"
                + " WHERE nested_ticket.title = ?");
    }

    @Table("nested_ticket")
    static class Ticket {
        @Column(primaryKey = true)
        Integer id;
        String title;
    }

    @DatabaseTest
    void createAllBuildsEveryMappedTable(TestDb db) {
        Registry registry = Models.registry();
        registry.metadata().dropAll(db.engine());
        try {
            registry.metadata().createAll(db.engine());
            try (Connection connection = db.engine().connect()) {
                List<String> tables = connection.inspector().tableNames();
                assertThat(tables).contains("department", "employee", "author", "book", "document", "product",
                        "order_item");
            }
        } finally {
            registry.metadata().dropAll(db.engine());
        }
    }
}
