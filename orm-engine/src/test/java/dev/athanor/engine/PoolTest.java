package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.dialect.Dialects;
import dev.athanor.exc.OperationalError;
import dev.athanor.exc.TimeoutError;
import dev.athanor.pool.PoolClass;
import dev.athanor.pool.PoolListener;
import dev.athanor.pool.PoolStatus;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolTest {

    private static EngineOptions.Builder small() {
        return EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(2).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(1));
    }

    @DatabaseTest
    void anExhaustedPoolTimesOutNamingItsLimitsAndRecoversWhenReleased(TestDb db) {
        try (Engine engine = db.newEngine(small().build())) {
            Connection first = engine.connect();
            Connection second = engine.connect();
            assertThatThrownBy(engine::connect)
                    .isInstanceOf(TimeoutError.class)
                    .hasMessageContaining("limit of size 2 overflow 0 reached")
                    .hasMessageContaining("timeout 1.00 s");
            first.close();
            try (Connection third = engine.connect()) {
                assertThat(third.execute(text("SELECT 1")).<Number>scalar().intValue()).isEqualTo(1);
            }
            second.close();
        }
    }

    @Test
    void anApplicationHikariPoolReportsItsConfiguredMaximumBeforeItStarts() {
        // HikariCP starts its pool on the first getConnection; an AsyncEngine sizes its slots before that
        try (HikariDataSource hikari = new HikariDataSource()) {
            hikari.setJdbcUrl("jdbc:h2:mem:unstarted-hikari");
            hikari.setMaximumPoolSize(3);
            Engine engine = Athanor.createEngine(hikari, Dialects.forJdbcUrl(hikari.getJdbcUrl()));
            assertThat(engine.poolStatus().max()).isEqualTo(3);
            try (Connection connection = engine.connect()) {
                assertThat(engine.poolStatus().max()).isEqualTo(3);
                assertThat(engine.poolStatus().checkedOut()).isEqualTo(1);
            }
            engine.dispose();
        }
    }

    @DatabaseTest
    void statusCountsCheckedOutAndCheckedInConnections(TestDb db) {
        try (Engine engine = db.newEngine(small().build())) {
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                PoolStatus busy = engine.poolStatus();
                assertThat(busy.size()).isEqualTo(2);
                assertThat(busy.checkedOut()).isEqualTo(2);
                assertThat(busy.max()).isEqualTo(2);
            }
            PoolStatus idle = engine.poolStatus();
            assertThat(idle.checkedOut()).isZero();
            assertThat(idle.checkedIn()).isEqualTo(2);
            assertThat(idle.overflow()).isZero();
        }
    }

    @DatabaseTest
    void poolEventsFireForConnectCheckoutAndCheckin(TestDb db) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = db.newEngine(small().poolSize(1).build())) {
            engine.addPoolListener(new PoolListener() {
                @Override
                public void connect(java.sql.Connection connection) {
                    events.add("connect");
                }

                @Override
                public void checkout(java.sql.Connection connection) {
                    events.add("checkout");
                }

                @Override
                public void checkin(java.sql.Connection connection) {
                    events.add("checkin");
                }
            });
            engine.connect().close();
            engine.connect().close();
        }
        assertThat(events).containsSubsequence("connect", "checkout", "checkin", "checkout", "checkin");
        assertThat(events).filteredOn("connect"::equals).hasSizeLessThanOrEqualTo(1);
    }

    @DatabaseTest
    void theIsolationLevelIsAppliedToEveryConnection(TestDb db) {
        try (Engine engine = db.newEngine(small().isolationLevel("serializable").build());
             Connection conn = engine.connect()) {
            assertThat(conn.jdbcConnection().getTransactionIsolation())
                    .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void connectArgsReachTheDriver(TestDb db) {
        try (Engine engine = db.newEngine(small().connectArg("ApplicationName", "athanor-connect-args").build());
             Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT current_setting('application_name')")).<String>scalar())
                    .isEqualTo("athanor-connect-args");
        }
    }

    @Test
    void anUnreachableHostFailsWithinThePoolTimeoutNamingHostAndPort() {
        try (Engine engine = Athanor.createEngine("postgresql://postgres@127.0.0.1:1/test",
                EngineOptions.builder().poolTimeout(Duration.ofSeconds(2)).build())) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                    assertThatThrownBy(engine::connect)
                            .isInstanceOf(OperationalError.class)
                            .hasMessageContaining("127.0.0.1:1"));
        }
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void aWrongPasswordFailsWithoutShowingIt(TestDb db) {
        String url = db.engine().url().render(false).replaceFirst("://([^:@/]*)(:[^@]*)?@", "://$1:Wr0ngPassw0rd@");
        try (Engine engine = Athanor.createEngine(url, small().build())) {
            assertThatThrownBy(engine::connect)
                    .isInstanceOf(OperationalError.class)
                    .hasMessageContaining("Access denied")
                    .hasMessageNotContaining("Wr0ngPassw0rd");
        }
    }

    @Test
    void theNullPoolOpensAndClosesAConnectionPerCheckout() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = Athanor.createEngine("sqlite://",
                EngineOptions.builder().poolClass(PoolClass.NULL).build())) {
            engine.addPoolListener(new PoolListener() {
                @Override
                public void connect(java.sql.Connection connection) {
                    events.add("connect");
                }
            });
            engine.connect().close();
            engine.connect().close();
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
        assertThat(events).containsExactly("connect", "connect");
    }
}
