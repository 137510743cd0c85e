package dev.athanor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.exc.NoSuchTableError;
import dev.athanor.types.Types;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableTest {
    private final MetaData metadata = new MetaData();

    @Test
    void attachesColumnsToTheirTable() {
        Column<Integer> id = Column.of("id", Types.INTEGER).primaryKey();
        Table users = metadata.table("users", id, Column.of("name", Types.string(50)));

        assertThat(id.table()).isSameAs(users);
        assertThat(users.c("name").type()).isEqualTo(Types.string(50));
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "name");
        assertThat(metadata.table("users")).isSameAs(users);
    }

    @Test
    void primaryKeyColumnsAreNotNullableAndOthersAreByDefault() {
        Table users = metadata.table("users", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)), Column.of("email", Types.string(50)).notNull());

        assertThat(users.c("id").isNullable()).isFalse();
        assertThat(users.c("name").isNullable()).isTrue();
        assertThat(users.c("email").isNullable()).isFalse();
    }

    @Test
    void compositePrimaryKeyMarksItsColumns() {
        Table line = metadata.table("order_line", Column.of("order_id", Types.INTEGER), Column.of("line_no", Types.INTEGER),
                new PrimaryKeyConstraint("order_id", "line_no"));

        assertThat(line.primaryKey().columns()).extracting(Column::name).containsExactly("order_id", "line_no");
        assertThat(line.c("line_no").isPrimaryKey()).isTrue();
        assertThat(line.c("line_no").isNullable()).isFalse();
        assertThat(line.autoincrementColumn()).isEmpty();
    }

    @Test
    void singleIntegerPrimaryKeyAutoincrementsByDefault() {
        Table users = metadata.table("users", Column.of("id", Types.BIG_INTEGER).primaryKey());

        assertThat(users.autoincrementColumn()).containsSame(users.c("id"));
    }

    @Test
    void primaryKeyThatReferencesAnotherTableDoesNotAutoincrement() {
        metadata.table("users", Column.of("id", Types.INTEGER).primaryKey());
        Table profile = metadata.table("profile", Column.of("user_id", Types.INTEGER).primaryKey().references("users.id"));

        assertThat(profile.autoincrementColumn()).isEmpty();
    }

    @Test
    void nonIntegerPrimaryKeyDoesNotAutoincrement() {
        Table tokens = metadata.table("tokens", Column.of("id", Types.UUID_TYPE).primaryKey().defaultValue(UUID::randomUUID));

        assertThat(tokens.autoincrementColumn()).isEmpty();
        assertThat(tokens.c("id").defaultValue().isCallable()).isTrue();
        assertThat(tokens.c("id").defaultValue().value()).isInstanceOf(UUID.class);
    }

    @Test
    void autoincrementTrueOnNonIntegerColumnIsRejected() {
        Column<String> code = Column.of("code", Types.string(10)).primaryKey().autoincrement(Autoincrement.TRUE);

        assertThatThrownBy(() -> metadata.table("codes", code))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("codes.code").hasMessageContaining("autoincrement(TRUE)");
    }

    @Test
    void keepsClientSideDefaultsReadable() {
        Table users = metadata.table("users", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("status", Types.string(10)).defaultValue("new").onUpdate("changed"));

        assertThat(users.c("status").defaultValue().isCallable()).isFalse();
        assertThat(users.c("status").defaultValue().value()).isEqualTo("new");
        assertThat(users.c("status").onUpdate().value()).isEqualTo("changed");
    }

    @Test
    void columnUniqueAndIndexBecomeConstraintAndIndex() {
        Table users = metadata.table("users", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("email", Types.string(100)).unique().index());

        assertThat(users.constraints()).hasSize(2);
        assertThat(users.constraints().get(1)).isInstanceOf(UniqueConstraint.class);
        assertThat(users.indexes()).extracting(Index::name).containsExactly("ix_users_email");
    }

    @Test
    void listsConstraintsPrimaryKeyThenForeignKeysThenUniqueThenCheck() {
        metadata.table("users", Column.of("id", Types.INTEGER).primaryKey());
        Table posts = metadata.table("posts",
                new CheckConstraint("id > 0"),
                Column.of("id", Types.INTEGER).primaryKey(),
                new UniqueConstraint("title"),
                Column.of("title", Types.string(50)),
                Column.of("author_id", Types.INTEGER).references("users.id"));

        assertThat(posts.constraints()).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("PrimaryKeyConstraint", "ForeignKeyConstraint", "UniqueConstraint", "CheckConstraint");
        assertThat(posts.foreignKeys().get(0).referredColumns()).containsExactly(metadata.table("users").c("id"));
    }

    @Test
    void modifyingAnAttachedColumnThrows() {
        Column<String> name = Column.of("name", Types.string(50));
        metadata.table("users", name);

        assertThatThrownBy(name::notNull)
                .isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("users.name").hasMessageContaining("before passing it to MetaData.table");
    }

    @Test
    void reusingAColumnInAnotherTableThrows() {
        Column<String> name = Column.of("name", Types.string(50));
        metadata.table("users", name);

        assertThatThrownBy(() -> metadata.table("admins", name))
                .isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("already belongs to table 'users'");
    }

    @Test
    void duplicateTableNameThrowsNamingIt() {
        metadata.table("users", Column.of("id", Types.INTEGER));

        assertThatThrownBy(() -> metadata.table("users", Column.of("id", Types.INTEGER)))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'users' is already declared");
    }

    @Test
    void sameNameInAnotherSchemaIsAnotherTable() {
        metadata.table("users", Column.of("id", Types.INTEGER));
        Table audit = metadata.table("audit", "users", Column.of("id", Types.INTEGER));

        assertThat(metadata.table("audit.users")).isSameAs(audit);
        assertThat(audit.key()).isEqualTo("audit.users");
    }

    @Test
    void duplicateColumnNameThrows() {
        assertThatThrownBy(() -> metadata.table("users", Column.of("id", Types.INTEGER), Column.of("id", Types.BIG_INTEGER)))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("declares column 'id' twice");
    }

    @Test
    void constraintOnUnknownColumnThrowsListingTheColumns() {
        Column<Integer> id = Column.of("id", Types.INTEGER);

        assertThatThrownBy(() -> metadata.table("users", id, new UniqueConstraint("email")))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'email'").hasMessageContaining("[id]");
        assertThat(id.table()).as("a failed declaration leaves its columns reusable").isNull();
    }

    @Test
    void unknownColumnLookupThrows() {
        Table users = metadata.table("users", Column.of("id", Types.INTEGER));

        assertThatThrownBy(() -> users.c("nope")).isInstanceOf(NoSuchColumnError.class);
        assertThatThrownBy(() -> metadata.table("nope")).isInstanceOf(NoSuchTableError.class).hasMessageContaining("[users]");
    }

    @Test
    void malformedForeignKeyTargetIsRejected() {
        assertThatThrownBy(() -> ForeignKey.to("users"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("\"table.column\"");
    }

    @Test
    void foreignKeyToUnknownTableNamesKeyTableAndTarget() {
        Table posts = metadata.table("posts", Column.of("author_id", Types.INTEGER).references("authors.id"));

        assertThatThrownBy(() -> posts.foreignKeys().get(0).referredTable())
                .isInstanceOf(NoSuchTableError.class)
                .hasMessageContaining("[author_id] → [authors.id]").hasMessageContaining("'posts'")
                .hasMessageContaining("'authors'");
    }

    @Test
    void foreignKeyToUnknownColumnNamesIt() {
        metadata.table("authors", Column.of("id", Types.INTEGER));
        Table posts = metadata.table("posts", Column.of("author_id", Types.INTEGER).references("authors.key"));

        assertThatThrownBy(() -> posts.foreignKeys().get(0).referredColumns())
                .isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("column 'key' of table 'authors'");
    }
}
