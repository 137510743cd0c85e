package dev.athanor.migrate.operation;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.exc.CompileError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.IndexInfo;
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

/**
 * {@code batchAlterTable}: the same batch leaves the same reflected table and the same rows on
 * every database — altered in place where it can be, recreated with every row copied on SQLite.
 */
class BatchAlterTableTest {
    private static final TableClause BATCH = table("mops_batch", column("id", Types.INTEGER),
            column("name", Types.string(100)), column("qty", Types.INTEGER), column("note", Types.string(10)));

    private static void setUp(TestDb db) {
        db.dropTables("mops_batch");
        try (Connection connection = db.engine().connect()) {
            Operations op = new Operations(new ConnectionContext(connection));
            op.createTable("mops_batch", Column.of("id", Types.INTEGER).primaryKey(),
                    Column.of("name", Types.string(20)).notNull(),
                    Column.of("qty", Types.INTEGER),
                    Column.of("note", Types.string(10)));
            op.createIndex("ix_mops_batch_qty", "mops_batch", "qty");
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int id = 1; id <= 50; id++) {
                Map<String, Object> row = new TreeMap<>();
                row.put("id", id);
                row.put("name", "name-" + id);
                row.put("qty", id % 7 == 0 ? null : id * 1000);
                row.put("note", "n" + id);
                rows.add(row);
            }
            op.bulkInsert(BATCH, rows);
            connection.commit();
        }
    }

    /** Every row as (id, name, qty as long or null). */
    private static List<List<Object>> rows(Connection connection) {
        List<List<Object>> rows = new ArrayList<>();
        connection.execute(Sql.text("SELECT id, name, qty FROM mops_batch ORDER BY id"))
                .forEach(r -> {
                    List<Object> row = new ArrayList<>();
                    row.add(((Number) r.get(0)).intValue());
                    row.add(r.get(1));
                    row.add(r.get(2) == null ? null : ((Number) r.get(2)).longValue());
                    rows.add(row);
                });
        return rows;
    }

    private static int count(Connection connection, String condition) {
        Object count = connection.execute(Sql.text("SELECT COUNT(*) FROM mops_batch WHERE " + condition)).scalarOne();
        return ((Number) count).intValue();
    }

    @DatabaseTest
    void batchChangesTypesDropsAndAddsColumnsKeepingEveryRowAndIndex(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            List<List<Object>> before = rows(c);
            assertThat(before).hasSize(50);
            new Operations(new ConnectionContext(c)).batchAlterTable("mops_batch", batch -> batch
                    .alterColumnType("name", Types.string(100))
                    .alterColumnType("qty", Types.BIG_INTEGER)
                    .dropColumn("note")
                    .addColumn(Column.of("flag", Types.INTEGER).serverDefault("1"))
                    .createIndex("ix_mops_batch_name", "name"));
            c.commit();

            assertThat(c.inspector().columns("mops_batch")).extracting(ColumnInfo::name)
                    .containsExactly("id", "name", "qty", "flag");
            assertThat(c.inspector().columns("mops_batch")).extracting(ColumnInfo::type)
                    .containsExactly(Types.INTEGER, Types.string(100), Types.BIG_INTEGER, Types.INTEGER);
            assertThat(c.inspector().columns("mops_batch").get(1).nullable()).isFalse();
            assertThat(c.inspector().indexes("mops_batch")).extracting(IndexInfo::name)
                    .contains("ix_mops_batch_name", "ix_mops_batch_qty");
            assertThat(c.inspector().primaryKey("mops_batch").columns()).containsExactly("id");
            assertThat(rows(c)).isEqualTo(before);
            assertThat(count(c, "flag = 1")).isEqualTo(50);
        }
    }

    @DatabaseTest
    void aBatchFollowedByItsInverseBatchLeavesTheReflectedSchemaAsItWas(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            SchemaSnapshot before = SchemaSnapshot.of(c.inspector(), "mops_batch");
            List<List<Object>> rows = rows(c);
            Operations op = new Operations(new ConnectionContext(c));
            op.batchAlterTable("mops_batch", batch -> batch.alterColumnType("name", Types.string(100))
                    .addColumn(Column.of("extra", Types.string(5))).createIndex("ix_mops_batch_name", "name"));
            assertThat(SchemaSnapshot.of(c.inspector(), "mops_batch")).isNotEqualTo(before);
            op.batchAlterTable("mops_batch", batch -> batch.dropIndex("ix_mops_batch_name").dropColumn("extra")
                    .alterColumnType("name", Types.string(20)));
            c.commit();
            assertThat(SchemaSnapshot.of(c.inspector(), "mops_batch")).isEqualTo(before);
            assertThat(rows(c)).isEqualTo(rows);
        }
    }

    @DatabaseTest(only = TestDatabase.SQLITE)
    void alterColumnTypeOnSqliteFailsNamingTheOperationDialectAndBatchModeAndChangesNothing(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            Operations op = new Operations(new ConnectionContext(c));
            assertThatThrownBy(() -> op.alterColumn("mops_batch", "qty", a -> a.type(Types.BIG_INTEGER)))
                    .isInstanceOf(CompileError.class)
                    .hasMessageContaining("alterColumn(mops_batch.qty)")
                    .hasMessageContaining("sqlite")
                    .hasMessageContaining("op.batchAlterTable(\"mops_batch\"");
            assertThatThrownBy(() -> op.createUniqueConstraint("uq_mops_batch_name", "mops_batch", "name"))
                    .isInstanceOf(CompileError.class)
                    .hasMessageContaining("createUniqueConstraint(uq_mops_batch_name")
                    .hasMessageContaining("batchAlterTable");
            c.rollback();
            assertThat(c.inspector().columns("mops_batch")).extracting(ColumnInfo::type)
                    .containsExactly(Types.INTEGER, Types.string(20), Types.INTEGER, Types.string(10));
            assertThat(rows(c)).hasSize(50);
        }
    }

    @DatabaseTest(only = TestDatabase.SQLITE)
    void sqliteBatchAddsConstraintsByRecreatingTheTable(TestDb db) {
        setUp(db);
        try (Connection c = db.engine().connect()) {
            List<List<Object>> before = rows(c);
            new Operations(new ConnectionContext(c)).batchAlterTable("mops_batch", batch -> batch
                    .createUniqueConstraint("uq_mops_batch_name", "name")
                    .createCheckConstraint("ck_mops_batch_qty", "qty >= 0")
                    .alterColumn("note", a -> a.newName("remark").nullable(false)));
            c.commit();
            assertThat(c.inspector().uniqueConstraints("mops_batch")).anyMatch(u -> "uq_mops_batch_name".equals(u.name()));
            assertThat(c.inspector().checkConstraints("mops_batch")).anyMatch(k -> "ck_mops_batch_qty".equals(k.name()));
            assertThat(c.inspector().columns("mops_batch").get(3)).satisfies(col -> {
                assertThat(col.name()).isEqualTo("remark");
                assertThat(col.nullable()).isFalse();
            });
            assertThat(rows(c)).isEqualTo(before);
            assertThat(count(c, "remark LIKE 'n%'")).isEqualTo(50);

            // a second batch starts from the reflected table, so what the first one made must survive it
            new Operations(new ConnectionContext(c)).batchAlterTable("mops_batch",
                    batch -> batch.alterColumnType("qty", Types.BIG_INTEGER));
            c.commit();
            assertThat(c.inspector().uniqueConstraints("mops_batch")).anyMatch(u -> "uq_mops_batch_name".equals(u.name()));
            assertThat(c.inspector().checkConstraints("mops_batch")).anyMatch(k -> "ck_mops_batch_qty".equals(k.name()));
            assertThat(c.inspector().indexes("mops_batch")).extracting(IndexInfo::name).contains("ix_mops_batch_qty");
            assertThat(c.inspector().columns("mops_batch").get(2).type()).isEqualTo(Types.BIG_INTEGER);
            assertThat(rows(c)).isEqualTo(before);
        }
    }

    @DatabaseTest(only = TestDatabase.SQLITE)
    void sqliteBatchRefusesToRecreateATableOtherRowsReferToAndLosesNothing(TestDb db) {
        setUp(db);
        db.dropTables("mops_batch_ref");
        try (Connection c = db.engine().connect()) {
            Operations op = new Operations(new ConnectionContext(c));
            op.createTable("mops_batch_ref", Column.of("id", Types.INTEGER).primaryKey(),
                    Column.of("batch_id", Types.INTEGER).foreignKey(
                            ForeignKey.to("mops_batch.id").onDelete(ReferentialAction.CASCADE)));
            op.execute("INSERT INTO mops_batch_ref (id, batch_id) VALUES (1, 1), (2, 2)");
            c.commit();
            assertThatThrownBy(() -> op.batchAlterTable("mops_batch", b -> b.alterColumnType("qty", Types.BIG_INTEGER)))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("batchAlterTable(\"mops_batch\")")
                    .hasMessageContaining("[mops_batch_ref]");
            c.rollback();
            assertThat(rows(c)).hasSize(50);
            assertThat(((Number) c.execute(Sql.text("SELECT COUNT(*) FROM mops_batch_ref")).scalarOne()).intValue())
                    .isEqualTo(2);
        } finally {
            db.dropTables("mops_batch_ref");
        }
    }
}
