package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.Map;

/** A PostgreSQL backend killed under the pool, with and without pre-ping. */
class DisconnectTest {

    private static EngineOptions options(boolean prePing) {
        return EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(5)).poolPrePing(prePing).build();
    }

    private static int backendPid(Connection conn) {
        return conn.execute(text("SELECT pg_backend_pid()")).<Number>scalar().intValue();
    }

    private static void terminate(TestDb db, int pid) {
        try (Connection admin = db.engine().connect()) {
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), Map.of("pid", pid));
            for (int i = 0; i < 100; i++) {
                long alive = admin.execute(text("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = :pid"),
                        Map.of("pid", pid)).<Number>scalar().longValue();
                admin.rollback();
                if (alive == 0) {
                    return;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void withPrePingTheNextCheckoutAfterAKilledIdleBackendJustWorks(TestDb db) {
        try (Engine engine = db.newEngine(options(true))) {
            int pid;
            try (Connection conn = engine.connect()) {
                pid = backendPid(conn);
            }
            terminate(db, pid);
            try (Connection conn = engine.connect()) {
                assertThat(backendPid(conn)).isNotEqualTo(pid);
            }
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void withoutPrePingTheErrorSaysTheConnectionWasInvalidatedAndThePoolRecovers(TestDb db) {
        try (Engine engine = db.newEngine(options(false))) {
            Connection conn = engine.connect();
            int pid = backendPid(conn);
            conn.commit();
            terminate(db, pid);
            assertThatThrownBy(() -> conn.execute(text("SELECT 1")))
                    .isInstanceOfSatisfying(DBAPIError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
            assertThat(conn.isInvalidated()).isTrue();
            assertThatThrownBy(() -> conn.execute(text("SELECT 1"))).isInstanceOf(PendingRollbackError.class);
            conn.close();
            try (Connection fresh = engine.connect()) {
                assertThat(backendPid(fresh)).isNotEqualTo(pid);
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
    }
}
