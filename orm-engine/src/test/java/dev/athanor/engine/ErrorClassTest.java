package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.InternalError;
import dev.athanor.exc.OperationalError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The same fault gets the same exception class on every database, each provoked for real: a
 * deadlock between two connections and a serialization failure are retryable
 * {@link OperationalError}s, a constraint violation is not retryable, and PostgreSQL's "current
 * transaction is aborted" names the error that aborted it and says to roll back.
 */
class ErrorClassTest {

    private static Engine engine(TestDb db, String isolation) {
        createTable(db);
        return db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(2).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(10)).isolationLevel(isolation).build());
    }

    private static void createTable(TestDb db) {
        db.dropTables("ec_slot");
        try (Connection conn = db.engine().connect()) {
            conn.executeRaw("CREATE TABLE ec_slot (id INTEGER PRIMARY KEY, taken INTEGER NOT NULL)");
            conn.execute(text("INSERT INTO ec_slot (id, taken) VALUES (:id, 1)"), List.of(Map.of("id", 1), Map.of("id", 2)));
            conn.commit();
        }
    }

    private static void take(Connection conn, int id, int value) {
        conn.execute(text("UPDATE ec_slot SET taken = :value WHERE id = :id"), Map.of("id", id, "value", value));
    }

    private static List<Integer> taken(TestDb db) {
        try (Connection conn = db.engine().connect()) {
            return conn.execute(text("SELECT taken FROM ec_slot ORDER BY id")).<Number>scalars().all().stream()
                    .map(Number::intValue).toList();
        } finally {
            db.dropTables("ec_slot");
        }
    }

    @DatabaseTest(only = {TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
    void aRealDeadlockIsARetryableOperationalError(TestDb db) throws Exception {
        List<DBAPIError> errors = new ArrayList<>();
        try (Engine engine = engine(db, null); Connection first = engine.connect(); Connection second = engine.connect()) {
            take(first, 1, 10);
            take(second, 2, 20);
            CompletableFuture<DBAPIError> firstWaits = CompletableFuture.supplyAsync(() -> attempt(first, 2, 10));
            DBAPIError secondError = attempt(second, 1, 20);
            DBAPIError firstError = firstWaits.get(60, TimeUnit.SECONDS);
            for (DBAPIError error : new DBAPIError[] {firstError, secondError}) {
                if (error != null) {
                    errors.add(error);
                }
            }
            Connection winner = firstError == null ? first : second;
            Connection loser = firstError == null ? second : first;
            loser.rollback();
            winner.commit();
            assertThat(errors).singleElement().isInstanceOfSatisfying(OperationalError.class,
                    e -> assertThat(e.isRetryable()).isTrue());
            int winnerValue = firstError == null ? 10 : 20;
            assertThat(taken(db)).containsExactly(winnerValue, winnerValue);
        }
    }

    /** Runs the update that closes the cycle; the deadlock victim's error, or {@code null}. */
    private static DBAPIError attempt(Connection conn, int id, int value) {
        try {
            take(conn, id, value);
            return null;
        } catch (DBAPIError e) {
            return e;
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aRealSerializationFailureIsARetryableOperationalError(TestDb db) {
        try (Engine engine = engine(db, "SERIALIZABLE"); Connection first = engine.connect();
             Connection second = engine.connect()) {
            // write skew: each sees two slots taken and frees one, together they would free both
            long seenByFirst = countTaken(first);
            long seenBySecond = countTaken(second);
            take(first, 1, 0);
            take(second, 2, 0);
            first.commit();
            assertThatThrownBy(() -> {
                second.execute(text("SELECT 1"));
                second.commit();
            }).isInstanceOfSatisfying(OperationalError.class, e -> {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.sqlState()).isEqualTo("40001");
            });
            second.rollback();
            assertThat(seenByFirst).isEqualTo(2);
            assertThat(seenBySecond).isEqualTo(2);
            assertThat(countTaken(second)).isEqualTo(1); // the retry sees the first commit and keeps the last slot
            second.commit();
        }
        assertThat(taken(db)).containsExactly(0, 1);
    }

    private static long countTaken(Connection conn) {
        return conn.execute(text("SELECT COUNT(*) FROM ec_slot WHERE taken > 0")).<Number>scalar().longValue();
    }

    @DatabaseTest
    void aConstraintViolationIsNotRetryable(TestDb db) {
        createTable(db);
        try (Connection conn = db.engine().connect()) {
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO ec_slot (id, taken) VALUES (1, 5)")))
                    .isInstanceOfSatisfying(IntegrityError.class, e -> assertThat(e.isRetryable()).isFalse());
            conn.rollback();
        }
        assertThat(taken(db)).containsExactly(1, 1);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void anAbortedTransactionNamesTheErrorThatAbortedItAndSaysToRollBack(TestDb db) {
        try (Engine engine = engine(db, null); Connection conn = engine.connect()) {
            take(conn, 2, 7);
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO ec_slot (id, taken) VALUES (1, 5)")))
                    .isInstanceOf(IntegrityError.class);
            assertThatThrownBy(() -> take(conn, 2, 8)).isInstanceOfSatisfying(InternalError.class, e -> {
                assertThat(e.sqlState()).isEqualTo("25P02");
                assertThat(e.getMessage()).contains("call rollback()", "The earlier error was:", "ec_slot_pkey");
                assertThat(e.getSuppressed()).singleElement().isInstanceOf(IntegrityError.class);
            });
            conn.rollback();
            take(conn, 2, 9);
            conn.commit();
        }
        assertThat(taken(db)).containsExactly(1, 9);
    }
}
