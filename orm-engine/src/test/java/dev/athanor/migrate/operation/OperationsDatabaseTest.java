package dev.athanor.migrate.operation;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Transaction;
import dev.athanor.exc.IntegrityError;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Sequence;
import dev.athanor.schema.Table;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Applies every operation on a live database, checks its effect through the Inspector, then
 * applies its {@code reverse()} and checks that the reflected schema is exactly what it was.
 */
class OperationsDatabaseTest {
    private static final String PREFIX = "mops_";

    private static void setUp(TestDb db) {
        db.dropTables("mops_extra", "mops_kid", "mops_child", "mops_nokey", "mops_parent");
        try (Connection connection = db.engine().connect()) {
            Operations op = new Operations(new ConnectionContext(connection));
            op.createTable("mops_parent", Column.of("id", Types.INTEGER).primaryKey(),
                    Column.of("name", Types.string(50)).notNull());
            op.createTable("mops_child", Column.of("id", Types.INTEGER).primaryKey(),
                    Column.of("parent_id", Types.INTEGER),
                    Column.of("name", Types.string(20)).notNull(),
                    Column.of("qty", Types.INTEGER));
            op.createIndex("ix_mops_child_parent", "mops_child", "parent_id");
            op.createTable("mops_nokey", Column.of("a", Types.INTEGER).notNull());
            op.bulkInsert(table("mops_child", column("id", Types.INTEGER), column("name", Types.string(20)),
                    column("qty", Types.INTEGER)), List.of(row(1, "one", 10), row(2, "two", 20), row(3, "three", null)));
            connection.commit();
        }
    }

    private static Map<String, Object> row(int id, String name, Integer qty) {
        Map<String, Object> row = new TreeMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("qty", qty);
        return row;
    }

    /** Applies {@code operation}, lets {@code check} look at the result, applies the reverse, compares schemas. */
    private static void applyAndReverse(Connection connection, MigrateOperation operation, Consumer<Connection> check) {
        Operations op = new Operations(new ConnectionContext(connection));
        SchemaSnapshot before = SchemaSnapshot.of(connection.inspector(), PREFIX);
        op.invoke(operation);
        check.accept(connection);
        op.invoke(operation.reverse());
        assertThat(SchemaSnapshot.of(connection.inspector(), PREFIX)).as("schema after %s and its reverse",
                operation.describe()).isEqualTo(before);
    }

    private static List<List<Object>> rows(Connection connection, String tableName) {
        TableClause t = table(tableName, column("id", Types.INTEGER), column("name", Types.string(100)));
        List<List<Object>> rows = new ArrayList<>();
        connection.execute(select(t.c("id"), t.c("name")).orderBy(Sql.asc(t.c("id"))))
                .forEach(r -> rows.add(List.of(r.get(0), r.get(1))));
        return rows;
    }

    private static ColumnInfo columnInfo(Connection connection, String table, String column) {
        return connection.inspector().columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column));
    }

    @DatabaseTest
    void tableColumnAndIndexOperationsApplyAndReverseOnEveryDatabase(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            applyAndReverse(c, new AddColumnOp(null, "mops_child", Column.of("note", Types.string(30)).serverDefault("'n/a'")),
                    conn -> assertThat(columnInfo(conn, "mops_child", "note").serverDefault()).contains("n/a"));
            applyAndReverse(c, new RenameTableOp(null, "mops_child", "mops_kid"),
                    conn -> assertThat(conn.inspector().tableNames()).contains("mops_kid").doesNotContain("mops_child"));
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "name").newName("label").build(),
                    conn -> assertThat(conn.inspector().columns("mops_child")).extracting(ColumnInfo::name)
                            .containsExactly("id", "parent_id", "label", "qty"));
            applyAndReverse(c, new CreateIndexOp(null, "mops_child", "ix_mops_child_name", List.of("name", "qty"), true, null),
                    conn -> assertThat(conn.inspector().indexes("mops_child"))
                            .anyMatch(i -> i.name().equals("ix_mops_child_name") && i.unique()
                                    && i.columns().equals(List.of("name", "qty"))));
            applyAndReverse(c, new DropColumnOp(null, "mops_child", "qty", Column.of("qty", Types.INTEGER)),
                    conn -> assertThat(conn.inspector().columns("mops_child")).extracting(ColumnInfo::name)
                            .containsExactly("id", "parent_id", "name"));
            Table extra = new MetaData().table("mops_extra", Column.of("id", Types.BIG_INTEGER).primaryKey(),
                    Column.of("code", Types.string(10)).notNull().index());
            applyAndReverse(c, new CreateTableOp(extra), conn -> {
                assertThat(conn.inspector().columns("mops_extra")).extracting(ColumnInfo::name).containsExactly("id", "code");
                assertThat(conn.inspector().indexes("mops_extra")).extracting(i -> i.name()).contains("ix_mops_extra_code");
            });
            assertThat(rows(c, "mops_child")).hasSize(3);
            c.commit();
        }
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
    void constraintOperationsApplyAndReverse(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            applyAndReverse(c, new CreateUniqueConstraintOp(null, "mops_child", "uq_mops_child_name", List.of("name")),
                    conn -> assertThat(conn.inspector().uniqueConstraints("mops_child"))
                            .anyMatch(u -> u.name().equals("uq_mops_child_name")));
            applyAndReverse(c, new CreateCheckConstraintOp(null, "mops_child", "ck_mops_child_qty", "qty >= 0"),
                    conn -> assertThat(conn.inspector().checkConstraints("mops_child"))
                            .anyMatch(k -> k.name().equals("ck_mops_child_qty")));
            applyAndReverse(c, new CreateForeignKeyOp(null, "mops_child", "fk_mops_child_parent", List.of("parent_id"),
                            null, "mops_parent", List.of("id"), ReferentialAction.CASCADE, null),
                    conn -> assertThat(conn.inspector().foreignKeys("mops_child")).singleElement().satisfies(fk -> {
                        assertThat(fk.name()).isEqualTo("fk_mops_child_parent");
                        assertThat(fk.referredTable()).isEqualTo("mops_parent");
                        assertThat(fk.onDelete()).isEqualTo("CASCADE");
                    }));
            applyAndReverse(c, new CreatePrimaryKeyOp(null, "mops_nokey", "pk_mops_nokey", List.of("a")),
                    conn -> assertThat(conn.inspector().primaryKey("mops_nokey").columns()).containsExactly("a"));
            applyAndReverse(c, new AddColumnOp(null, "mops_child", Column.of("code", Types.string(10)).unique().index()),
                    conn -> {
                        assertThat(conn.inspector().uniqueConstraints("mops_child"))
                                .anyMatch(u -> u.columns().equals(List.of("code")));
                        assertThat(conn.inspector().indexes("mops_child")).extracting(i -> i.name())
                                .contains("ix_mops_child_code");
                    });
            applyAndReverse(c, new CreateSequenceOp(Sequence.named("mops_seq").start(5)),
                    conn -> assertThat(conn.inspector().hasSequence("mops_seq")).isTrue());
            applyAndReverse(c, new CreateTableCommentOp(null, "mops_child", "Children", null),
                    conn -> assertThat(conn.inspector().tableComment("mops_child")).isEqualTo("Children"));
            c.commit();
        }
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
    void alterColumnChangesTypeNullabilityAndDefaultKeepingEveryRow(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            List<List<Object>> before = rows(c, "mops_child");
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "qty").type(Types.BIG_INTEGER)
                    .existingType(Types.INTEGER).existingNullable(true).build(), conn -> {
                assertThat(columnInfo(conn, "mops_child", "qty").type()).isEqualTo(Types.BIG_INTEGER);
                List<Object> qty = new ArrayList<>();
                conn.execute(Sql.text("SELECT qty FROM mops_child ORDER BY id"))
                        .forEach(r -> qty.add(r.get(0) == null ? null : ((Number) r.get(0)).longValue()));
                assertThat(qty).containsExactly(10L, 20L, null);
            });
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "name").type(Types.string(100))
                    .existingType(Types.string(20)).existingNullable(false).build(), conn -> {
                assertThat(columnInfo(conn, "mops_child", "name").type()).isEqualTo(Types.string(100));
                assertThat(rows(conn, "mops_child")).isEqualTo(before);
            });
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "name").nullable(true)
                    .existingType(Types.string(20)).existingNullable(false).build(),
                    conn -> assertThat(columnInfo(conn, "mops_child", "name").nullable()).isTrue());
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "qty").serverDefault("7")
                    .existingType(Types.INTEGER).existingNullable(true).build(),
                    conn -> assertThat(columnInfo(conn, "mops_child", "qty").serverDefault()).contains("7"));
            applyAndReverse(c, AlterColumnOp.builder(null, "mops_child", "qty").comment("How many")
                    .existingType(Types.INTEGER).existingNullable(true).build(),
                    conn -> assertThat(columnInfo(conn, "mops_child", "qty").comment()).isEqualTo("How many"));
            assertThat(rows(c, "mops_child")).isEqualTo(before);
            c.commit();
        }
    }

    @DatabaseTest(only = {TestDatabase.SQLITE, TestDatabase.POSTGRESQL})
    void partialUniqueIndexConstrainsOnlyTheRowsItCovers(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            applyAndReverse(c, new CreateIndexOp(null, "mops_child", "ix_mops_child_live", List.of("name"), true,
                    "qty IS NOT NULL"), conn -> {
                assertThat(conn.inspector().indexes("mops_child")).anyMatch(i -> i.name().equals("ix_mops_child_live"));
                conn.executeRaw("INSERT INTO mops_child (id, name, qty) VALUES (10, 'three', NULL)");
                Transaction savepoint = conn.beginNested();
                assertThatThrownBy(() -> conn.executeRaw("INSERT INTO mops_child (id, name, qty) VALUES (11, 'one', 5)"))
                        .isInstanceOf(IntegrityError.class);
                savepoint.rollback();
                assertThat(rows(conn, "mops_child")).hasSize(4);
            });
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void enumTypeIsCreatedAndDropped(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            c.executeRaw("DROP TYPE IF EXISTS mops_mood");
            applyAndReverse(c, new CreateEnumTypeOp("mops_mood", List.of("happy", "sad")),
                    conn -> assertThat(conn.inspector().hasType("mops_mood")).isTrue());
            assertThat(c.inspector().hasType("mops_mood")).isFalse();
            c.commit();
        }
    }
}
