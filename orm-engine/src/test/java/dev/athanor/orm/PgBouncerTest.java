package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.postgresql.PostgresDialect;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Url;
import dev.athanor.exc.ArgumentError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.testing.ScaleServers;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Statements, flushes and streaming through PgBouncer in transaction pooling mode (6440, in front
 * of the private primary on 5440, made by {@link ScaleServers}) with {@code ?pgbouncer=true}.
 * Rows are counted on the primary directly, not through PgBouncer.
 */
class PgBouncerTest {
    private static final Registry REGISTRY = Registry.of(Reading.class);
    private static Engine direct;

    /** A meter reading, keyed by a string. */
    @Table("bouncer_reading")
    public static class Reading {
        @Column(primaryKey = true, length = 20)
        String code;
        int value;
        Duration period;

        Reading() {
        }

        Reading(String code, int value) {
            this.code = code;
            this.value = value;
            this.period = Duration.ofMinutes(value);
        }
    }

    @BeforeAll
    static void createTable() {
        ScaleServers.require();
        direct = Engine.create(Url.parse(ScaleServers.PRIMARY), EngineOptions.DEFAULTS);
        REGISTRY.metadata().dropAll(direct);
        REGISTRY.metadata().createAll(direct);
    }

    @AfterAll
    static void dropTable() {
        if (direct != null) {
            REGISTRY.metadata().dropAll(direct);
            direct.dispose();
        }
    }

    @BeforeEach
    void empty() {
        direct.transactionWithoutResult(c -> c.execute(text("DELETE FROM bouncer_reading")));
    }

    @Test
    void theDialectTurnsOffServerSidePreparedStatementsAndKeepsTheOptionFromTheDriver() throws SQLException {
        try (Engine engine = bouncer(); Connection connection = engine.connect()) {
            assertThat(((PostgresDialect) engine.dialect()).isPgBouncer()).isTrue();
            PGConnection pg = connection.jdbcConnection().unwrap(PGConnection.class);
            assertThat(pg.getPrepareThreshold()).isZero();
            assertThat(connection.execute(text("SELECT inet_server_port()")).<Integer>scalar()).isEqualTo(5440);
        }
    }

    @Test
    void aPgBouncerValueOtherThanTrueOrFalseIsRefused() {
        assertThatThrownBy(() -> Engine.create(Url.parse(ScaleServers.BOUNCER + "?pgbouncer=yes"), EngineOptions.DEFAULTS))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("pgbouncer takes true or false, got 'yes'");
    }

    /**
     * Two connections take turns, each running the same statement many times in many short
     * transactions, so PgBouncer hands their transactions to whichever server connection is free:
     * with server-side prepared statements the driver would find its statements missing.
     */
    @Test
    void repeatedStatementsOnTwoConnectionsRunInManyTransactions() {
        try (Engine engine = bouncer(); Connection first = engine.connect(); Connection second = engine.connect()) {
            for (int round = 0; round < 20; round++) {
                for (Connection connection : List.of(first, second)) {
                    String code = (connection == first ? "a" : "b") + round;
                    connection.execute(text("INSERT INTO bouncer_reading (code, value, period) VALUES (:code, :value,"
                            + " interval '1 minute')"), Map.of("code", code, "value", round));
                    assertThat(connection.execute(text("SELECT value FROM bouncer_reading WHERE code = :code"),
                            Map.of("code", code)).<Integer>scalar()).isEqualTo(round);
                    connection.commit();
                }
            }
        }
        assertThat(countOnPrimary()).isEqualTo(40);
    }

    @Test
    void sessionsFlushAndReadBackThroughPgBouncer() {
        try (Engine engine = bouncer()) {
            SessionFactory sessions = SessionFactory.builder(engine, REGISTRY).build();
            for (int batch = 0; batch < 5; batch++) {
                try (Session session = sessions.open()) {
                    for (int i = 0; i < 10; i++) {
                        session.add(new Reading("r" + batch + "-" + i, batch * 10 + i));
                    }
                    session.commit();
                }
            }
            try (Session session = sessions.open()) {
                Reading loaded = session.get(Reading.class, "r3-4");
                assertThat(loaded.value).isEqualTo(34);
                assertThat(loaded.period).isEqualTo(Duration.ofMinutes(34));
                loaded.value = -1;
                session.commit();
            }
        }
        assertThat(countOnPrimary()).isEqualTo(50);
        try (Connection connection = direct.connect()) {
            assertThat(connection.execute(text("SELECT value FROM bouncer_reading WHERE code = 'r3-4'")).<Integer>scalar())
                    .isEqualTo(-1);
        }
    }

    @Test
    void sessionStreamFetchesInPartitionsThroughPgBouncer() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            rows.add(Map.of("code", String.format("s%03d", i), "value", i));
        }
        direct.transactionWithoutResult(c -> c.execute(text("INSERT INTO bouncer_reading (code, value) VALUES (:code, :value)"), rows));
        try (Engine engine = bouncer()) {
            SessionFactory sessions = SessionFactory.builder(engine, REGISTRY).build();
            try (Session session = sessions.open();
                 StreamedResult<Reading> stream = session.stream(select(Reading.class), 10)) {
                List<Integer> sizes = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (List<Reading> partition : stream.partitions()) {
                    sizes.add(partition.size());
                    partition.forEach(r -> codes.add(r.code));
                }
                assertThat(sizes).hasSize(10).startsWith(10).endsWith(5);
                assertThat(codes).hasSize(95).doesNotHaveDuplicates();
            }
        }
        assertThat(countOnPrimary()).isEqualTo(95);
    }

    private static Engine bouncer() {
        return Engine.create(Url.parse(ScaleServers.BOUNCER + "?pgbouncer=true"), EngineOptions.DEFAULTS);
    }

    private static long countOnPrimary() {
        try (Connection connection = direct.connect()) {
            return connection.execute(text("SELECT count(*) FROM bouncer_reading")).scalar();
        }
    }
}
