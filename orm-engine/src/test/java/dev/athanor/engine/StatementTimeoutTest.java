package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.OperationalError;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;

/**
 * {@code EngineOptions.statementTimeout} cancels a statement that runs too long with an
 * {@link OperationalError} on every database, and the connection stays usable after rollback.
 * Each database gets a statement that runs far longer than the one-second limit. Not SQLite: its
 * driver applies the JDBC query timeout only to waiting for locks, not to a running statement.
 */
class StatementTimeoutTest {

    private static void slowStatementIsCancelled(TestDb db, String slowSql) {
        try (Engine engine = db.newEngine(EngineOptions.builder().statementTimeout(Duration.ofSeconds(1)).build())) {
            try (Connection conn = engine.connect()) {
                assertThatThrownBy(() -> conn.execute(text(slowSql))).isInstanceOfSatisfying(OperationalError.class,
                        e -> assertThat(e.connectionInvalidated()).isFalse());
                conn.rollback();
                assertThat(conn.execute(text("SELECT 1")).<Number>scalar().intValue()).isEqualTo(1);
                assertThat(conn.isInvalidated()).isFalse();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aSlowPostgresqlStatementIsCancelledAsAnOperationalError(TestDb db) {
        slowStatementIsCancelled(db, "SELECT pg_sleep(30)");
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void aSlowMariadbStatementIsCancelledAsAnOperationalError(TestDb db) {
        slowStatementIsCancelled(db, "SELECT SLEEP(30)");
    }

    @DatabaseTest(only = TestDatabase.H2)
    void aSlowH2StatementIsCancelledAsAnOperationalError(TestDb db) {
        slowStatementIsCancelled(db, "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b");
    }
}
