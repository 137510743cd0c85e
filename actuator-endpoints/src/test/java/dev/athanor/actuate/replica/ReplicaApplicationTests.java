package dev.athanor.actuate.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.actuate.health.AthanorHealthIndicator;
import dev.athanor.engine.Engine;
import dev.athanor.exc.InvalidRequestError;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot application on real PostgreSQL streaming replication (primary 5440, replica 5441):
 * {@code @Transactional(readOnly = true)} reads from the replica, other transactions write to the
 * primary, each proven by the server's own answer ({@code inet_server_port()},
 * {@code pg_is_in_recovery()}); health and pool meters show the replica.
 */
@SpringBootTest(classes = ReplicaApplication.class, properties = {
        "athanor.entity-packages=dev.athanor.actuate.replica", "athanor.schema.action=create-drop",
        "athanor.replica-connect-timeout=500ms", "athanor.replica-retry-delay=0s"})
class ReplicaApplicationTests {
    private static final List<Object> PRIMARY = List.of(5440, false);
    private static final List<Object> REPLICA = List.of(5441, true);

    @Autowired
    LedgerServices.Reading reading;
    @Autowired
    LedgerServices.Writing writing;
    @Autowired
    Engine engine;
    @Autowired
    AthanorHealthIndicator health;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        ScaleClusters.require();
        registry.add("athanor.url", () -> ScaleClusters.PRIMARY);
        registry.add("athanor.replicas[0].url", () -> ScaleClusters.REPLICA);
    }

    @BeforeEach
    void emptyAndReplayed() throws Exception {
        ScaleClusters.startReplica();
        try (var primary = primary()) {
            primary.createStatement().execute("DELETE FROM replica_ledger");
        }
        ScaleClusters.awaitReplay();
    }

    @Test
    void readOnlyTransactionsReadFromTheReplicaAndOthersWriteToThePrimary() throws Exception {
        assertThat(reading.identity()).isEqualTo(REPLICA);
        assertThat(writing.add("first")).isEqualTo(PRIMARY);
        ScaleClusters.awaitReplay();
        // JdbcTemplate in the read-only transaction shares the replica connection of its session
        assertThat(reading.entriesAndJdbcPort()).isEqualTo(List.of(List.of("first"), 5441));
        assertThat(count("jdbc:postgresql://127.0.0.1:5440/postgres")).isEqualTo(1);
        assertThat(count("jdbc:postgresql://127.0.0.1:5441/postgres")).isEqualTo(1);
        assertPoolsIdle();
    }

    @Test
    void aWriteInAReadOnlyTransactionNamesTheRoutingAndWritesNothing() throws Exception {
        assertThatThrownBy(() -> reading.writeAnyway("refused"))
                .isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("read replica postgresql://postgres@127.0.0.1:5441/postgres")
                .hasMessageContaining("@Transactional(readOnly = true)");
        assertThat(writing.add("after")).isEqualTo(PRIMARY);
        assertThat(count("jdbc:postgresql://127.0.0.1:5440/postgres")).isEqualTo(1);
        assertPoolsIdle();
    }

    @Test
    void healthShowsTheReplicaUpThenDownWhileReadsFallBackToThePrimary() throws Exception {
        assertThat(replicaDetail()).containsEntry("status", "UP").containsEntry("url", ScaleClusters.REPLICA)
                .containsKey("lagMillis");
        ScaleClusters.stopReplica();
        try {
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.UP);
            assertThat(replicaDetail(down)).containsEntry("status", "DOWN");
            assertThat(reading.identity()).isEqualTo(PRIMARY);
            assertThat(writing.add("while down")).isEqualTo(PRIMARY);
        } finally {
            ScaleClusters.startReplica();
        }
        ScaleClusters.awaitReplay();
        // the replica's pool reconnects in the background, HikariCP waiting up to 5 s between tries
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!"UP".equals(replicaDetail().get("status")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(replicaDetail()).containsEntry("status", "UP");
        assertThat(reading.identity()).isEqualTo(REPLICA);
        assertThat(count("jdbc:postgresql://127.0.0.1:5441/postgres")).isEqualTo(1);
        assertPoolsIdle();
    }

    @Test
    void poolMetersCarryTheRoleOfEachPool() {
        reading.identity();
        writing.add("metered");
        assertThat(meters.find("hikaricp.connections.active").tag("role", "primary").gauges()).hasSize(1);
        assertThat(meters.find("hikaricp.connections.active").tag("role", "replica").gauges()).hasSize(1);
        assertThat(meters.find("hikaricp.connections.acquire").tag("role", "replica").timer().count())
                .isPositive();
    }

    private Map<String, Object> replicaDetail() {
        return replicaDetail(health.health());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> replicaDetail(Health health) {
        List<Map<String, Object>> replicas = (List<Map<String, Object>>) health.getDetails().get("replicas");
        assertThat(replicas).hasSize(1);
        return replicas.get(0);
    }

    private void assertPoolsIdle() {
        assertThat(engine.poolStatus().checkedOut()).isZero();
        assertThat(engine.replicas().get(0).poolStatus().checkedOut()).isZero();
    }

    private static java.sql.Connection primary() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5440/postgres", "postgres", "");
    }

    private static long count(String jdbcUrl) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var result = connection.createStatement().executeQuery("SELECT count(*) FROM replica_ledger")) {
            result.next();
            return result.getLong(1);
        }
    }
}
