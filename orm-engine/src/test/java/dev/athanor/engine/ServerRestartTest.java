package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.exc.OperationalError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.PrivateMariaDb;
import dev.athanor.testing.PrivatePostgres;
import dev.athanor.testing.PrivateServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a real server restart at most one operation fails: the first disconnect error discards
 * every connection the pool lent or held before it (SQLAlchemy's pool invalidation, HikariCP's
 * soft eviction), so the operations after it run on new connections. Runs on a private
 * PostgreSQL cluster and a private MariaDB server that the test creates and removes.
 */
class ServerRestartTest {

    private static String select(Connection conn) {
        try {
            return conn.execute(text("SELECT 1")).<Number>scalar().intValue() == 1 ? "ok" : "wrong";
        } catch (OperationalError e) {
            return "failed";
        }
    }

    @Test
    void afterAPostgresqlRestartOnlyOneOperationFailsAndTheReturnedConnectionsAreNotReused() {
        restartAndCountFailures(PrivatePostgres.start());
    }

    @Test
    void afterAMariadbRestartOnlyOneOperationFailsAndTheReturnedConnectionsAreNotReused() {
        restartAndCountFailures(PrivateMariaDb.start());
    }

    private static void restartAndCountFailures(PrivateServer started) {
        try (PrivateServer server = started;
             Engine engine = Athanor.createEngine(server.url(), EngineOptions.builder().poolClass(PoolClass.QUEUE)
                     .poolSize(3).maxOverflow(0).poolTimeout(Duration.ofSeconds(10)).poolPrePing(false).build())) {
            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Connection conn = engine.connect();
                conn.execute(text("SELECT 1"));
                conn.commit();
                held.add(conn);
            }
            server.restart();
            List<String> outcomes = new ArrayList<>();
            outcomes.add(select(held.get(0)));
            held.forEach(Connection::close); // the other two go back to the pool unused since the restart
            for (int i = 0; i < 2; i++) {
                try (Connection conn = engine.connect()) {
                    outcomes.add(select(conn));
                }
            }
            assertThat(outcomes).containsExactly("failed", "ok", "ok");
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
    }
}
