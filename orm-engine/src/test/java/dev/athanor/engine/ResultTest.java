package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.MultipleResultsFound;
import dev.athanor.exc.NoResultFound;
import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.exc.ResourceClosedError;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;

class ResultTest {
    private TestDb db;

    private Connection seeded(TestDb testDb, int rows) {
        this.db = testDb;
        testDb.dropTables("rs_items");
        Connection conn = testDb.engine().connect();
        conn.execute(text("CREATE TABLE rs_items (id INTEGER PRIMARY KEY, grp VARCHAR(10), qty INTEGER)"));
        List<Map<String, Object>> values = IntStream.rangeClosed(1, rows)
                .mapToObj(i -> Map.<String, Object>of("id", i, "grp", i % 2 == 0 ? "even" : "odd", "qty", i * 10))
                .toList();
        conn.execute(text("INSERT INTO rs_items (id, grp, qty) VALUES (:id, :grp, :qty)"), values);
        conn.commit();
        return conn;
    }

    /** The streamed cursor was closed (its rows ran out, or the result was closed): the connection runs the next statement. */
    private static void assertRunsTheNextStatement(Connection conn, int rows) {
        conn.executionOptions(ExecutionOptions.DEFAULTS);
        assertThat(conn.execute(text("SELECT COUNT(*) FROM rs_items")).<Number>scalar().intValue()).isEqualTo(rows);
    }

    @AfterEach
    void dropTable() {
        if (db != null) {
            db.dropTables("rs_items");
        }
    }

    @DatabaseTest
    void scalarsKeepNullValuesInsteadOfStoppingAtThem(TestDb testDb) {
        try (Connection conn = seeded(testDb, 4)) {
            conn.execute(text("UPDATE rs_items SET qty = NULL WHERE id IN (1, 3)"));
            conn.commit();
            String qty = "SELECT qty FROM rs_items ORDER BY id";
            assertThat(conn.execute(text(qty)).<Integer>scalars().all()).containsExactly(null, 20, null, 40);
            assertThat(conn.execute(text(qty)).<Integer>scalars().fetchMany(3)).containsExactly(null, 20, null);
            assertThat(conn.execute(text("SELECT qty FROM rs_items WHERE id = 1")).<Integer>scalars().one()).isNull();
            assertThatThrownBy(() -> conn.execute(text("SELECT qty FROM rs_items WHERE id IN (1, 3)")).scalars().one())
                    .isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> conn.execute(text("SELECT qty FROM rs_items WHERE id IN (1, 3)")).scalars()
                    .oneOrNone()).isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> conn.execute(text("SELECT qty FROM rs_items WHERE id = 99")).scalars().one())
                    .isInstanceOf(NoResultFound.class);
        }
    }

    @DatabaseTest
    void fetchesRowsInEveryShape(TestDb testDb) {
        try (Connection conn = seeded(testDb, 5)) {
            String all = "SELECT id, grp, qty FROM rs_items ORDER BY id";
            assertThat(conn.execute(text(all)).all()).hasSize(5);
            assertThat(conn.execute(text(all)).first().get("id")).isEqualTo(1);
            assertThat(conn.execute(text(all)).<Integer>scalars().all()).containsExactly(1, 2, 3, 4, 5);
            assertThat(conn.execute(text(all)).<String>scalars(1).unique().all()).containsExactly("odd", "even");
            assertThat(conn.execute(text("SELECT grp FROM rs_items ORDER BY id")).unique().all()).hasSize(2);
            assertThat(conn.execute(text(all)).mappings().first())
                    .containsExactly(Map.entry("id", 1), Map.entry("grp", "odd"), Map.entry("qty", 10));
            assertThat(conn.execute(text("SELECT qty FROM rs_items WHERE id = :id"), Map.of("id", 3))
                    .<Integer>scalarOne()).isEqualTo(30);
            assertThat(conn.execute(text("SELECT qty FROM rs_items WHERE id = 99")).<Integer>scalar()).isNull();
            assertThat(conn.execute(text("SELECT qty FROM rs_items WHERE id = 99")).oneOrNone()).isNull();
            Result chunks = conn.execute(text(all));
            assertThat(chunks.fetchMany(2)).hasSize(2);
            assertThat(chunks.fetchOne().get(0)).isEqualTo(3);
            assertThat(chunks.all()).hasSize(2);
        }
    }

    @DatabaseTest
    void oneRaisesWhenThereIsNoRowOrMoreThanOne(TestDb testDb) {
        try (Connection conn = seeded(testDb, 3)) {
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM rs_items WHERE id > 100")).one())
                    .isInstanceOf(NoResultFound.class).hasMessage("No row was found when one was required");
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM rs_items")).one())
                    .isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM rs_items")).scalarOneOrNone())
                    .isInstanceOf(MultipleResultsFound.class);
        }
    }

    @DatabaseTest
    void rowsAreReadByIndexKeyAndTypeAndEqualByValue(TestDb testDb) {
        try (Connection conn = seeded(testDb, 2)) {
            Row row = conn.execute(text("SELECT id, grp AS label FROM rs_items WHERE id = 2")).one();
            assertThat(row.get(0)).isEqualTo(2);
            assertThat(row.get("label")).isEqualTo("even");
            assertThat(row.get(0, Long.class)).isEqualTo(2L);
            assertThat(row.keys()).containsExactly("id", "label");
            assertThat(row.toMap()).containsEntry("label", "even");
            Row again = conn.execute(text("SELECT id, grp AS label FROM rs_items WHERE id = 2")).one();
            assertThat(row).isEqualTo(again).hasSameHashCodeAs(again);
            assertThatThrownBy(() -> row.get("nope")).isInstanceOf(NoSuchColumnError.class)
                    .hasMessageContaining("[id, label]");
        }
    }

    @DatabaseTest
    void dmlReportsRowsMatchedAndHasNoRows(TestDb testDb) {
        try (Connection conn = seeded(testDb, 6)) {
            Result update = conn.execute(text("UPDATE rs_items SET qty = qty WHERE grp = :g"), Map.of("g", "even"));
            assertThat(update.returnsRows()).isFalse();
            assertThat(update.rowCount()).isEqualTo(3);
            assertThatThrownBy(update::all).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("does not return rows");
            Result batch = conn.execute(text("DELETE FROM rs_items WHERE id = :id"),
                    List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", 99)));
            assertThat(batch.rowCount()).isIn(2L, -1L);
        }
    }

    @DatabaseTest
    void streamedResultsArriveInPartitionsAndCloseTheirCursor(TestDb testDb) {
        try (Connection conn = seeded(testDb, 2_500)) {
            conn.executionOptions(ExecutionOptions.yieldPer(1_000));
            Result result = conn.execute(text("SELECT id FROM rs_items ORDER BY id"));
            List<Integer> sizes = new ArrayList<>();
            for (List<Row> partition : result.partitions()) {
                sizes.add(partition.size());
            }
            assertThat(sizes).containsExactly(1_000, 1_000, 500);
            assertThat(result.isClosed()).isTrue();
            assertRunsTheNextStatement(conn, 2_500);
        }
    }

    @DatabaseTest
    void aStreamedResultLeftOpenIsClosedByCommit(TestDb testDb) {
        try (Connection conn = seeded(testDb, 50)) {
            conn.executionOptions(ExecutionOptions.yieldPer(10));
            Result result = conn.execute(text("SELECT id FROM rs_items ORDER BY id"));
            assertThat(result.fetchOne().get(0)).isEqualTo(1);
            conn.commit();
            assertThat(result.fetchOne()).isNull();
        }
    }

    @DatabaseTest
    void forEachRowHandsOverEveryRowBufferedOrStreamedAndThenNone(TestDb testDb) {
        try (Connection conn = seeded(testDb, 2_500)) {
            for (ExecutionOptions options : List.of(ExecutionOptions.DEFAULTS, ExecutionOptions.yieldPer(1_000))) {
                conn.executionOptions(options);
                Result result = conn.execute(text("SELECT id, grp, qty FROM rs_items ORDER BY id"));
                List<List<Object>> seen = new ArrayList<>();
                // the values are read during the call: the Row handed over may be the same object each time
                java.util.function.Consumer<Row> copy = row -> seen.add(List.of(row.get(0), row.get("grp"), row.get(2)));
                assertThat(result.forEachRow(1_000, copy)).isEqualTo(1_000);
                assertThat(result.forEachRow(2_000, copy)).isEqualTo(1_500);
                assertThat(result.isClosed()).isTrue();
                assertThat(result.forEachRow(10, copy)).isZero();
                assertThat(seen).hasSize(2_500);
                for (int i = 0; i < seen.size(); i++) {
                    int id = i + 1;
                    assertThat(seen.get(i)).as("row %d", id)
                            .containsExactly(id, id % 2 == 0 ? "even" : "odd", id * 10);
                }
            }
            assertRunsTheNextStatement(conn, 2_500);
        }
    }

    @DatabaseTest
    void aConsumerMayCloseTheResultToStopForEachRowEarly(TestDb testDb) {
        try (Connection conn = seeded(testDb, 50)) {
            for (ExecutionOptions options : List.of(ExecutionOptions.DEFAULTS, ExecutionOptions.yieldPer(10))) {
                conn.executionOptions(options);
                Result result = conn.execute(text("SELECT id FROM rs_items ORDER BY id"));
                List<Object> seen = new ArrayList<>();
                int handed = result.forEachRow(20, row -> {
                    seen.add(row.get(0));
                    if (seen.size() == 3) {
                        result.close();
                    }
                });
                assertThat(handed).isEqualTo(3);
                assertThat(seen).containsExactly(1, 2, 3);
                assertThat(result.isClosed()).isTrue();
            }
            assertRunsTheNextStatement(conn, 50);
        }
    }

    @DatabaseTest
    void forEachRowRefusesAUniqueOrClosedResult(TestDb testDb) {
        try (Connection conn = seeded(testDb, 3)) {
            Result unique = conn.execute(text("SELECT grp FROM rs_items")).unique();
            assertThatThrownBy(() -> unique.forEachRow(10, row -> { }))
                    .isInstanceOf(dev.athanor.exc.InvalidRequestError.class).hasMessageContaining("unique()");
            Result closed = conn.execute(text("SELECT id FROM rs_items"));
            closed.close();
            assertThatThrownBy(() -> closed.forEachRow(10, row -> { }))
                    .isInstanceOf(ResourceClosedError.class).hasMessageContaining("closed");
        }
    }
}
