package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.OperationalError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.BackendKiller;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A connection whose server session died (killed, or ended by a server timeout) still accepts
 * {@code rollback()}, as in SQLAlchemy: the disconnect error is the one the caller sees, rollback
 * sends nothing, and the next statement runs on a fresh pooled connection.
 */
class DisconnectRecoveryTest {

    private static Engine engine(TestDb db) {
        db.dropTables("dr_item");
        try (Connection conn = db.engine().connect()) {
            conn.executeRaw("CREATE TABLE dr_item (id INTEGER PRIMARY KEY, name VARCHAR(20))");
            conn.commit();
        }
        return db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(2).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(5)).poolPrePing(false).build());
    }

    private static void insert(Connection conn, int id, String name) {
        conn.execute(text("INSERT INTO dr_item (id, name) VALUES (:id, :name)"), Map.of("id", id, "name", name));
    }

    private static List<String> names(TestDb db) {
        try (Connection conn = db.engine().connect()) {
            return conn.execute(text("SELECT name FROM dr_item ORDER BY id")).<String>scalars().all();
        } finally {
            db.dropTables("dr_item");
        }
    }

    /** Committed row, uncommitted row, the session killed, the error, rollback, and work on a fresh connection. */
    private static void rollbackAfterTheSessionDied(TestDb db, BackendKiller killer) {
        try (Engine engine = engine(db)) {
            try (Connection conn = engine.connect()) {
                insert(conn, 1, "committed");
                conn.commit();
                insert(conn, 2, "lost");
                killer.kill(db, conn);
                assertThatThrownBy(() -> insert(conn, 3, "failed")).isInstanceOfSatisfying(OperationalError.class,
                        e -> assertThat(e.connectionInvalidated()).isTrue());
                assertThat(conn.isInvalidated()).isTrue();
                assertThatThrownBy(() -> insert(conn, 3, "refused")).isInstanceOf(PendingRollbackError.class)
                        .hasMessageContaining("rollback()");
                conn.rollback();
                insert(conn, 4, "after");
                conn.commit();
                assertThat(conn.isInvalidated()).isFalse();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
        assertThat(names(db)).containsExactly("committed", "after");
    }

    /** A savepoint on a connection whose session died rolls back without a word; the outer rollback too. */
    private static void savepointRollbackAfterTheSessionDied(TestDb db, BackendKiller killer) {
        try (Engine engine = engine(db)) {
            try (Connection conn = engine.connect()) {
                insert(conn, 1, "committed");
                conn.commit();
                insert(conn, 2, "outer");
                Transaction savepoint = conn.beginNested();
                insert(conn, 3, "inner");
                killer.kill(db, conn);
                assertThatThrownBy(() -> insert(conn, 4, "failed")).isInstanceOf(OperationalError.class);
                savepoint.rollback();
                assertThatThrownBy(conn::commit).isInstanceOf(PendingRollbackError.class);
                conn.rollback();
                assertThat(conn.execute(text("SELECT COUNT(*) FROM dr_item")).<Number>scalar().longValue())
                        .isEqualTo(1);
                conn.rollback();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
        assertThat(names(db)).containsExactly("committed");
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void rollbackAfterATerminatedBackendSucceedsAndTheNextStatementReconnects(TestDb db) {
        rollbackAfterTheSessionDied(db, BackendKiller.POSTGRES_TERMINATE);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void rollbackAfterAnIdleInTransactionTimeoutSucceedsAndTheNextStatementReconnects(TestDb db) {
        rollbackAfterTheSessionDied(db, BackendKiller.POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT);
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void rollbackAfterAKilledConnectionSucceedsAndTheNextStatementReconnects(TestDb db) {
        rollbackAfterTheSessionDied(db, BackendKiller.MARIADB_KILL);
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void rollbackAfterAWaitTimeoutSucceedsAndTheNextStatementReconnects(TestDb db) {
        rollbackAfterTheSessionDied(db, BackendKiller.MARIADB_WAIT_TIMEOUT);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aSavepointRollbackOnATerminatedBackendSucceeds(TestDb db) {
        savepointRollbackAfterTheSessionDied(db, BackendKiller.POSTGRES_TERMINATE);
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void aSavepointRollbackOnAKilledConnectionSucceeds(TestDb db) {
        savepointRollbackAfterTheSessionDied(db, BackendKiller.MARIADB_KILL);
    }
}
