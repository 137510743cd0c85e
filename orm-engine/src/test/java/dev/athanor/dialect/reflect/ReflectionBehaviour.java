package dev.athanor.dialect.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.NoSuchTableError;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import dev.athanor.types.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What reflection reports on every database, against one schema each subclass creates by hand in
 * its own SQL: {@code all_types} (one column per type, defaults, an autoincrementing key),
 * {@code "user"} (unique and check constraints, comments), {@code "group"} (a composite primary
 * key), {@code "order"} (foreign keys to both, indexes), {@code "select"} (a column
 * {@code q?marks}) and the quoted mixed-case {@code "Mixed"}. Each subclass works in a database or
 * schema of its own and drops it afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReflectionBehaviour {
    private Connection connection;
    protected Inspector inspector;

    /** The dialect under test. */
    protected abstract Dialect dialect();

    /** A connection whose default schema is empty and private to this test class. */
    protected abstract Connection openConnection() throws SQLException;

    /** The statements creating the schema described above, and {@code reflect_seq} where there are sequences. */
    protected abstract List<String> createStatements();

    /** Removes everything {@link #createStatements()} made. */
    protected abstract void dropEverything(Connection connection) throws SQLException;

    /** The default schema's name as Athanor shows it. */
    protected abstract String expectedDefaultSchema();

    /** The Athanor type each column of {@code all_types} should read back as. */
    protected abstract Map<String, SqlType<?>> expectedTypes();

    /** A declared comment as this database reads it back: itself, or {@code null} where comments are not kept. */
    protected String keptComment(String comment) {
        return comment;
    }

    /** A declared primary key name as this database reads it back. */
    protected String keptPrimaryKeyName(String name) {
        return name;
    }

    /** The indexes of {@code "user"}, which declares only a primary key and a unique constraint. */
    protected List<IndexInfo> expectedUserIndexes() {
        return List.of();
    }

    protected boolean hasSequences() {
        return true;
    }

    @BeforeAll
    void createSchema() throws SQLException {
        connection = openConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : createStatements()) {
                statement.execute(sql);
            }
        }
        inspector = new ConnectionInspector(connection, dialect().reflector());
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (connection != null) {
            try (Connection open = connection) {
                dropEverything(open);
            }
        }
    }

    /** The test connection, for checks of what the database itself reports. */
    protected final Connection connection() {
        return connection;
    }

    @Test
    void listsTheTablesOfTheDefaultSchemaByTheirDeclaredNames() {
        assertThat(inspector.tableNames()).containsExactly("Mixed", "all_types", "group", "order", "select", "user");
        assertThat(inspector.tableNames(expectedDefaultSchema())).isEqualTo(inspector.tableNames());
    }

    @Test
    void defaultSchemaIsTheConnectionsOwnAndListed() {
        assertThat(inspector.defaultSchemaName()).isEqualTo(expectedDefaultSchema());
        assertThat(inspector.schemaNames()).contains(expectedDefaultSchema());
    }

    @Test
    void findsTablesByNameWithOrWithoutSchema() {
        assertThat(inspector.hasTable("user")).isTrue();
        assertThat(inspector.hasTable(expectedDefaultSchema(), "order")).isTrue();
        assertThat(inspector.hasTable("Mixed")).isTrue();
        assertThat(inspector.hasTable("no_such_table")).isFalse();
    }

    @Test
    void readsEachColumnTypeFromItsDeclaredName() {
        Map<String, SqlType<?>> types = new LinkedHashMap<>();
        inspector.columns("all_types").forEach(c -> types.put(c.name(), c.type()));
        assertThat(types).containsExactlyInAnyOrderEntriesOf(expectedTypes());
        assertThat(inspector.columns("all_types")).allSatisfy(c -> assertThat(c.typeName()).isNotBlank());
    }

    @Test
    void readsNullabilityAndServerDefaultsAsSqlText() {
        Map<String, ColumnInfo> columns = byName(inspector.columns("all_types"));
        assertThat(columns.get("int_col").nullable()).isFalse();
        assertThat(columns.get("int_col").serverDefault()).isEqualTo("7");
        assertThat(columns.get("str_col").serverDefault()).isEqualTo("'hello'");
        assertThat(columns.get("ts_col").serverDefault()).isEqualToIgnoringCase("CURRENT_TIMESTAMP");
        assertThat(columns.get("big_col").nullable()).isTrue();
        assertThat(columns.get("big_col").serverDefault()).isNull();
    }

    @Test
    void autoincrementMarksOnlyKeysTheDatabaseGenerates() {
        ColumnInfo generated = byName(inspector.columns("all_types")).get("id");
        assertThat(generated.autoincrement()).isTrue();
        assertThat(generated.serverDefault()).isNull();
        assertThat(byName(inspector.columns("user")).get("id").autoincrement()).isFalse();
    }

    @Test
    void readsACompositePrimaryKeyInKeyOrder() {
        assertThat(inspector.primaryKey("group"))
                .isEqualTo(new PrimaryKeyInfo(keptPrimaryKeyName("pk_group"), List.of("tenant", "code")));
    }

    @Test
    void readsForeignKeysWithTheirActions() {
        assertThat(inspector.foreignKeys("order")).containsExactly(
                new ForeignKeyInfo("fk_order_group", List.of("tenant", "group_code"), null, "group",
                        List.of("tenant", "code"), "CASCADE", null),
                new ForeignKeyInfo("fk_order_user", List.of("user_id"), null, "user", List.of("id"), null, null));
        assertThat(inspector.foreignKeys("group")).isEmpty();
    }

    @Test
    void readsUniqueConstraints() {
        assertThat(inspector.uniqueConstraints("user"))
                .containsExactly(new UniqueConstraintInfo("uq_user_email", List.of("email")));
    }

    @Test
    void readsCheckConstraintsWithoutTheCheckKeyword() {
        assertThat(inspector.checkConstraints("user")).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("ck_user_name");
            assertThat(check.sqlText()).containsIgnoringCase("name").contains("> 0")
                    .doesNotContainPattern("(?i)^check");
        });
        assertThat(inspector.checkConstraints("group")).isEmpty();
    }

    @Test
    void readsIndexesWithTheirUniqueness() {
        assertThat(inspector.indexes("order")).contains(
                new IndexInfo("ix_order_placed", List.of("placed"), false),
                new IndexInfo("ux_order_user_placed", List.of("user_id", "placed"), true));
    }

    @Test
    void leavesOutIndexesThatOnlyEnforceConstraintsWhereTheDatabaseTellsThemApart() {
        assertThat(inspector.indexes("user")).isEqualTo(expectedUserIndexes());
    }

    @Test
    void readsTableAndColumnComments() {
        assertThat(inspector.tableComment("user")).isEqualTo(keptComment("people who log in"));
        assertThat(byName(inspector.columns("user")).get("name").comment()).isEqualTo(keptComment("display name"));
        assertThat(inspector.tableComment("group")).isNull();
    }

    @Test
    void keepsQuotedReservedAndMixedCaseNames() {
        assertThat(inspector.columns("select")).extracting(ColumnInfo::name).containsExactly("q?marks", "from");
        assertThat(inspector.columns("Mixed")).extracting(ColumnInfo::name).containsExactly("Id", "Value");
        assertThat(inspector.primaryKey("Mixed").columns()).containsExactly("Id");
    }

    @Test
    void explicitDefaultSchemaReadsTheSameAsNone() {
        assertThat(inspector.columns(expectedDefaultSchema(), "order")).isEqualTo(inspector.columns("order"));
        assertThat(inspector.foreignKeys(expectedDefaultSchema(), "order")).isEqualTo(inspector.foreignKeys("order"));
    }

    @Test
    void unknownTableRaisesNoSuchTableErrorNamingIt() {
        List<Consumer<String>> calls = List.of(inspector::columns, inspector::primaryKey, inspector::foreignKeys,
                inspector::indexes, inspector::uniqueConstraints, inspector::checkConstraints,
                inspector::tableComment);
        for (Consumer<String> call : calls) {
            ThrowingCallable reflect = () -> call.accept("no_such_table");
            assertThatThrownBy(reflect).isInstanceOf(NoSuchTableError.class)
                    .hasMessageContaining("'no_such_table'").hasMessageContaining(expectedDefaultSchema());
        }
    }

    @Test
    void findsSequencesWhereTheDatabaseHasThem() {
        assertThat(inspector.hasSequence("reflect_seq")).isEqualTo(hasSequences());
        assertThat(inspector.hasSequence("no_such_seq")).isFalse();
    }

    protected static Map<String, ColumnInfo> byName(List<ColumnInfo> columns) {
        Map<String, ColumnInfo> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }
}
