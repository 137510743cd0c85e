package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.OperationalError;
import dev.athanor.exc.TimeoutError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.PrivatePostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A hung server (its processes stopped with SIGSTOP) no longer blocks a statement forever: with
 * {@code statementTimeout} the driver's socket timeout fails the statement as an
 * {@link OperationalError} that invalidates the connection, a checkout during the hang fails as a
 * {@link TimeoutError} that says the database did not answer, and once the server resumes the
 * engine works again. Runs on a private PostgreSQL cluster the test creates and drops.
 */
class HungServerTest {

    @Test
    void aStatementAndACheckoutDuringAHangFailAndTheEngineRecoversAfterIt() {
        try (PrivatePostgres server = PrivatePostgres.start();
             Engine engine = Athanor.createEngine(server.url(), EngineOptions.builder().poolClass(PoolClass.QUEUE)
                     .poolSize(1).maxOverflow(0).poolTimeout(Duration.ofSeconds(2))
                     .statementTimeout(Duration.ofSeconds(1)).build())) {
            try (Connection conn = engine.connect()) {
                conn.executeRaw("CREATE TABLE hung_item (id INTEGER PRIMARY KEY)");
                conn.execute(text("INSERT INTO hung_item (id) VALUES (1)"));
                conn.commit();
                server.freeze();
                try {
                    assertThatThrownBy(() -> conn.execute(text("INSERT INTO hung_item (id) VALUES (2)")))
                            .isInstanceOfSatisfying(OperationalError.class, e -> {
                                assertThat(e.connectionInvalidated()).isTrue();
                                assertThat(e.getMessage()).contains("did not answer", "statementTimeout");
                            });
                    conn.rollback();
                    assertThatThrownBy(engine::connect).isInstanceOf(TimeoutError.class)
                            .hasMessageContaining("did not answer");
                } finally {
                    server.resume();
                }
                assertThat(conn.execute(text("SELECT COUNT(*) FROM hung_item")).<Number>scalar().longValue())
                        .isEqualTo(1);
                conn.rollback();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
    }
}
