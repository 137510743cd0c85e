package dev.athanor.engine;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.testing.ScaleServers;
import dev.athanor.types.Types;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read replicas on real PostgreSQL streaming replication (primary on 5440, standby on 5441, made
 * by {@link ScaleServers}): every assertion about routing asks the server that answered who it is
 * ({@code inet_server_port()}, {@code pg_is_in_recovery()}).
 */
class ReplicaRoutingTest {
    private static final int PRIMARY_PORT = 5440;
    private static final int REPLICA_PORT = 5441;
    private static final Registry REGISTRY = Registry.of(Note.class);
    private static Engine admin;

    /** A row written through the ORM. */
    @Table("replica_note")
    public static class Note {
        @Column(primaryKey = true)
        Long id;
        @Column(length = 40)
        String body;

        Note() {
        }

        Note(String body) {
            this.body = body;
        }
    }

    @BeforeAll
    static void createTable() {
        ScaleServers.require();
        admin = Engine.create(Url.parse(ScaleServers.PRIMARY), EngineOptions.DEFAULTS);
        REGISTRY.metadata().dropAll(admin);
        REGISTRY.metadata().createAll(admin);
    }

    @AfterAll
    static void dropTable() {
        if (admin != null) {
            REGISTRY.metadata().dropAll(admin);
            admin.dispose();
        }
    }

    @BeforeEach
    void replicaRunningAndCaughtUp() {
        ScaleServers.startReplica();
        admin.transactionWithoutResult(c -> c.execute(text("DELETE FROM replica_note")));
        awaitReplay();
    }

    @Test
    void readOnlyConnectionsReadFromTheReplicaAndOthersFromThePrimary() {
        try (Engine engine = engine(EngineOptions.builder())) {
            try (Connection reading = engine.connectReadOnly(); Connection writing = engine.connect()) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
                assertThat(identity(writing)).isEqualTo(List.of(PRIMARY_PORT, false));
                assertThat(reading.engine().isReplica()).isTrue();
                assertThat(writing.engine()).isSameAs(engine);
            }
        }
    }

    /**
     * A replica's engine takes the primary's options, its isolation level too: on an AUTOCOMMIT
     * engine a write on the primary is committed as it runs, so the standby replays it with no
     * COMMIT sent, and a read-only connection is in auto-commit as well.
     */
    @Test
    void anAutocommitEnginesReplicaConnectionsAreInAutocommitToo() throws java.sql.SQLException {
        try (Engine engine = engine(EngineOptions.builder().isolationLevel("AUTOCOMMIT"));
             Connection reading = engine.connectReadOnly(); Connection writing = engine.connect()) {
            assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
            assertThat(reading.engine().isAutocommit()).isTrue();
            assertThat(reading.jdbcConnection().getAutoCommit()).isTrue();
            writing.execute(text("INSERT INTO replica_note (id, body) VALUES (1, 'never committed by hand')"));
            awaitReplay();
            assertThat(reading.execute(text("SELECT count(*) FROM replica_note")).<Number>scalar().longValue())
                    .as("replayed on the standby without a COMMIT").isEqualTo(1);
        }
        assertThat(countOnPrimary()).isEqualTo(1);
    }

    /** Two replica entries (the same standby under two application names) take turns. */
    @Test
    void readOnlyCheckoutsTakeTurnsAcrossReplicas() {
        EngineOptions options = EngineOptions.builder().replicas(List.of(ScaleServers.REPLICA + "?ApplicationName=r1",
                ScaleServers.REPLICA + "?ApplicationName=r2")).build();
        try (Engine engine = Engine.create(Url.parse(ScaleServers.PRIMARY), options)) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                try (Connection reading = engine.connectReadOnly()) {
                    assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
                    names.add(reading.execute(text("SELECT current_setting('application_name')")).scalar());
                }
            }
            assertThat(names).containsExactly("r1", "r2", "r1", "r2");
            assertThat(engine.replicaStatus()).extracting(ReplicaStatus::up).containsExactly(true, true);
        }
    }

    @Test
    void anEngineWithoutReplicasServesReadOnlyConnectionsFromThePrimary() {
        try (Engine engine = Engine.create(Url.parse(ScaleServers.PRIMARY), EngineOptions.DEFAULTS);
             Connection reading = engine.connectReadOnly()) {
            assertThat(identity(reading)).isEqualTo(List.of(PRIMARY_PORT, false));
            assertThat(engine.replicas()).isEmpty();
        }
    }

    @Test
    void aWriteOnAReplicaConnectionNamesTheRoutingAndWritesNothing() {
        try (Engine engine = engine(EngineOptions.builder()); Connection reading = engine.connectReadOnly()) {
            assertThatThrownBy(() -> reading.execute(text("INSERT INTO replica_note (id, body) VALUES (1, 'x')")))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("read replica postgresql://postgres@127.0.0.1:5441/postgres")
                    .hasMessageContaining("opened read-only")
                    .hasMessageContaining("engine.connect()");
            reading.rollback();
        }
        assertThat(countOnPrimary()).isZero();
    }

    @Test
    void aSessionReadingFromReplicasReadsItsOwnWritesFromThePrimaryUntilItCloses() {
        try (Engine engine = engine(EngineOptions.builder())) {
            SessionFactory sessions = SessionFactory.builder(engine, REGISTRY).readFromReplicas(true).build();
            try (Session session = sessions.open()) {
                assertThat(sessionPort(session)).isEqualTo(REPLICA_PORT);
                session.add(new Note("written"));
                session.flush();
                assertThat(sessionPort(session)).isEqualTo(PRIMARY_PORT);
                session.commit();
                assertThat(sessionPort(session)).isEqualTo(PRIMARY_PORT);
                assertThat(session.scalars(select(Note.class)).all()).extracting(n -> ((Note) n).body)
                        .containsExactly("written");
            }
            awaitReplay();
            try (Session next = sessions.open()) {
                assertThat(sessionPort(next)).isEqualTo(REPLICA_PORT);
                assertThat(next.scalars(select(Note.class)).all()).hasSize(1);
            }
        }
        assertThat(countOnPrimary()).isEqualTo(1);
    }

    @Test
    void aStoppedReplicaIsPassedOverForThePrimaryAndUsedAgainOnceBack() {
        admin.transactionWithoutResult(c -> c.execute(text("INSERT INTO replica_note (id, body) VALUES (1, 'kept')")));
        awaitReplay();
        try (Engine engine = engine(EngineOptions.builder().poolTimeout(Duration.ofMillis(500))
                .replicaRetryDelay(Duration.ZERO))) {
            try (Connection reading = engine.connectReadOnly()) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
            }
            ScaleServers.stopReplica();
            try {
                for (int i = 0; i < 2; i++) {
                    try (Connection reading = engine.connectReadOnly()) {
                        assertThat(identity(reading)).isEqualTo(List.of(PRIMARY_PORT, false));
                        assertThat(reading.execute(text("SELECT count(*) FROM replica_note")).<Long>scalar()).isEqualTo(1L);
                    }
                }
                assertThat(engine.replicaStatus()).extracting(ReplicaStatus::up).containsExactly(false);
            } finally {
                ScaleServers.startReplica();
            }
            // the replica's pool reconnects in the background with HikariCP's backoff (at most 5 s between tries)
            try (Connection reading = awaitReplicaConnection(engine)) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
                assertThat(reading.execute(text("SELECT count(*) FROM replica_note")).<Long>scalar()).isEqualTo(1L);
            }
            assertThat(engine.replicaStatus()).extracting(ReplicaStatus::up).containsExactly(true);
        }
    }

    @Test
    void aReplicaLaggingMoreThanTheLimitIsPassedOverUntilItCatchesUp() {
        try (Engine engine = engine(EngineOptions.builder().maxReplicaLag(Duration.ofMillis(1)))) {
            try (Connection reading = engine.connectReadOnly()) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
            }
            try (Engine replicaAdmin = Engine.create(Url.parse(ScaleServers.REPLICA), EngineOptions.DEFAULTS)) {
                replicaAdmin.transactionWithoutResult(c -> c.execute(text("SELECT pg_wal_replay_pause()")));
                try {
                    // the last replayed commit is now at least this old when the next one arrives
                    admin.transactionWithoutResult(c -> c.execute(text("SELECT pg_sleep(0.05)")));
                    admin.transactionWithoutResult(c -> c.execute(
                            text("INSERT INTO replica_note (id, body) VALUES (2, 'fresh')")));
                    awaitReceived();
                    try (Connection reading = engine.connectReadOnly()) {
                        assertThat(identity(reading)).isEqualTo(List.of(PRIMARY_PORT, false));
                        assertThat(reading.execute(text("SELECT body FROM replica_note")).<String>scalar())
                                .isEqualTo("fresh");
                    }
                    assertThat(engine.replicaStatus().get(0).lag()).isGreaterThan(Duration.ofMillis(1));
                } finally {
                    replicaAdmin.transactionWithoutResult(c -> c.execute(text("SELECT pg_wal_replay_resume()")));
                }
            }
            awaitReplay();
            try (Connection reading = engine.connectReadOnly()) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
                assertThat(reading.execute(text("SELECT body FROM replica_note")).<String>scalar()).isEqualTo("fresh");
            }
        }
    }

    @Test
    void aReadOnlyQueryOnAPrimaryConnectionReadsFromTheReplicaUntilTheConnectionWrites() {
        try (Engine engine = engine(EngineOptions.builder())) {
            try (Connection connection = engine.connect()) {
                assertThat(port(connection, readOnlyPort())).isEqualTo(REPLICA_PORT);
                assertThat(port(connection, select(func.name("inet_server_port", Types.INTEGER)))).isEqualTo(PRIMARY_PORT);
                connection.execute(text("INSERT INTO replica_note (id, body) VALUES (1, 'mine')"));
                // read-your-writes: the uncommitted row is only on this connection's server
                assertThat(port(connection, readOnlyPort())).isEqualTo(PRIMARY_PORT);
                assertThat(connection.execute(select(func.count()).selectFrom(dev.athanor.sql.Sql.table("replica_note"))
                        .options(ReadOnlyOption.readOnly())).<Long>scalar()).isEqualTo(1L);
                connection.commit();
                assertThat(port(connection, readOnlyPort())).isEqualTo(PRIMARY_PORT);
            }
            try (Connection fresh = engine.connect()) {
                assertThat(port(fresh, readOnlyPort())).isEqualTo(REPLICA_PORT);
                fresh.commit();
                assertThat(fresh.keepReadsHere().execute(readOnlyPort()).<Integer>scalar()).isEqualTo(PRIMARY_PORT);
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(engine.replicas().get(0).poolStatus().checkedOut()).isZero();
        }
        assertThat(countOnPrimary()).isEqualTo(1);
    }

    @Test
    void aReadOnlyQueryInASessionReadsFromTheReplicaUntilTheSessionWrites() {
        try (Engine engine = engine(EngineOptions.builder())) {
            SessionFactory sessions = SessionFactory.builder(engine, REGISTRY).build();
            try (Session session = sessions.open()) {
                assertThat(session.replicaRouting()).isEqualTo(dev.athanor.orm.ReplicaRouting.PRIMARY);
                assertThat(sessionPort(session)).isEqualTo(PRIMARY_PORT);
                assertThat(session.<Integer>scalar(readOnlyPort())).isEqualTo(REPLICA_PORT);
                session.add(new Note("written"));
                session.flush();
                assertThat(session.<Integer>scalar(readOnlyPort())).isEqualTo(PRIMARY_PORT);
                session.commit();
                // a later transaction of the same session still reads from the primary what it wrote
                assertThat(session.<Integer>scalar(readOnlyPort())).isEqualTo(PRIMARY_PORT);
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(engine.replicas().get(0).poolStatus().checkedOut()).isZero();
        }
        assertThat(countOnPrimary()).isEqualTo(1);
    }

    @Test
    void aReadOnlySessionReadsFromTheReplicaAndItsWriteNamesTheRouting() {
        try (Engine engine = engine(EngineOptions.builder())) {
            SessionFactory sessions = SessionFactory.builder(engine, REGISTRY).build();
            try (Session session = sessions.open()) {
                session.setReplicaRouting(dev.athanor.orm.ReplicaRouting.READ_ONLY);
                assertThat(sessionPort(session)).isEqualTo(REPLICA_PORT);
                session.setReplicaRouting(dev.athanor.orm.ReplicaRouting.PRIMARY);
                assertThat(sessionPort(session)).as("the next statement follows the new routing").isEqualTo(PRIMARY_PORT);
                session.rollback();
                session.setReplicaRouting(dev.athanor.orm.ReplicaRouting.READ_ONLY);
                session.add(new Note("refused"));
                assertThatThrownBy(session::flush)
                        .isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("read replica postgresql://postgres@127.0.0.1:5441/postgres")
                        .hasMessageContaining("@Transactional(readOnly = true)");
                session.rollback();
                session.setReplicaRouting(dev.athanor.orm.ReplicaRouting.PRIMARY);
                assertThat(sessionPort(session)).isEqualTo(PRIMARY_PORT);
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(engine.replicas().get(0).poolStatus().checkedOut()).isZero();
        }
        assertThat(countOnPrimary()).isZero();
    }

    /** The replicas' own short connect timeout, not the 30 s poolTimeout, bounds the first read after one dies. */
    @Test
    void theFirstReadAfterTheReplicaDiesFallsBackWithinTheReplicaConnectTimeout() {
        admin.transactionWithoutResult(c -> c.execute(text("INSERT INTO replica_note (id, body) VALUES (1, 'kept')")));
        awaitReplay();
        try (Engine engine = engine(EngineOptions.builder().poolTimeout(Duration.ofSeconds(30))
                .replicaConnectTimeout(Duration.ofMillis(400)))) {
            try (Connection reading = engine.connectReadOnly()) {
                assertThat(identity(reading)).isEqualTo(List.of(REPLICA_PORT, true));
            }
            ScaleServers.stopReplica();
            try {
                long started = System.nanoTime();
                try (Connection connection = engine.connect()) {
                    assertThat(port(connection, readOnlyPort())).isEqualTo(PRIMARY_PORT);
                    assertThat(connection.execute(text("SELECT count(*) FROM replica_note")).<Long>scalar()).isEqualTo(1L);
                }
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
                assertThat(engine.replicaStatus()).extracting(ReplicaStatus::up).containsExactly(false);
            } finally {
                ScaleServers.startReplica();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(engine.replicas().get(0).poolStatus().checkedOut()).isZero();
        }
    }

    /** A replica whose pool is fully lent out is passed over for the primary but not reported down. */
    @Test
    void aBusyReplicaIsPassedOverWithoutBeingMarkedDown() {
        try (Engine engine = engine(EngineOptions.builder().poolSize(1).maxOverflow(0)
                .replicaConnectTimeout(Duration.ofMillis(300)))) {
            try (Connection first = engine.connectReadOnly(); Connection second = engine.connectReadOnly()) {
                assertThat(identity(first)).isEqualTo(List.of(REPLICA_PORT, true));
                assertThat(identity(second)).isEqualTo(List.of(PRIMARY_PORT, false));
                assertThat(engine.replicaStatus()).extracting(ReplicaStatus::up).containsExactly(true);
            }
            try (Connection again = engine.connectReadOnly()) {
                assertThat(identity(again)).isEqualTo(List.of(REPLICA_PORT, true));
            }
        }
    }

    @Test
    void aReplicaConnectTimeoutMustBePositive() {
        assertThatThrownBy(() -> EngineOptions.builder().replicaConnectTimeout(Duration.ZERO).build())
                .isInstanceOf(dev.athanor.exc.ArgumentError.class)
                .hasMessage("replicaConnectTimeout must be positive, got PT0S");
    }

    /** A read-only connection once one comes from the replica again (within 15 s). */
    private static Connection awaitReplicaConnection(Engine engine) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Connection reading = engine.connectReadOnly();
            if (reading.engine().isReplica() || System.nanoTime() > deadline) {
                return reading;
            }
            reading.close();
        }
    }

    private static dev.athanor.sql.Select readOnlyPort() {
        return select(func.name("inet_server_port", Types.INTEGER)).options(ReadOnlyOption.readOnly());
    }

    private static int port(Connection connection, dev.athanor.sql.Select query) {
        return connection.execute(query).<Integer>scalar();
    }

    private static Engine engine(EngineOptions.Builder options) {
        return Engine.create(Url.parse(ScaleServers.PRIMARY), options.replicas(List.of(ScaleServers.REPLICA)).build());
    }

    private static List<Object> identity(Connection connection) {
        Row row = connection.execute(text("SELECT inet_server_port(), pg_is_in_recovery()")).first();
        return List.of(row.get(0), row.get(1));
    }

    private static int sessionPort(Session session) {
        return session.scalar(select(func.name("inet_server_port", Types.INTEGER)));
    }

    private static long countOnPrimary() {
        try (Connection connection = admin.connect()) {
            return connection.execute(text("SELECT count(*) FROM replica_note")).scalar();
        }
    }

    /** Waits (polling, no fixed sleep) until the replica has replayed everything the primary wrote so far. */
    private static void awaitReplay() {
        awaitReplica("pg_last_wal_replay_lsn()");
    }

    /** Waits until the replica has received (not necessarily replayed) everything the primary wrote so far. */
    private static void awaitReceived() {
        awaitReplica("pg_last_wal_receive_lsn()");
    }

    private static void awaitReplica(String position) {
        String target;
        try (Connection primary = admin.connect()) {
            target = primary.execute(text("SELECT pg_current_wal_insert_lsn()::text")).scalar();
        }
        try (Engine replica = Engine.create(Url.parse(ScaleServers.REPLICA), EngineOptions.builder()
                .poolClass(dev.athanor.pool.PoolClass.NULL).build())) {
            for (int attempt = 0; attempt < 600; attempt++) {
                try (Connection connection = replica.connect()) {
                    Boolean reached = connection.execute(text("SELECT " + position + " >= CAST(:target AS pg_lsn)"),
                            Map.of("target", target)).scalar();
                    if (Boolean.TRUE.equals(reached)) {
                        return;
                    }
                } catch (dev.athanor.exc.DBAPIError starting) {
                    // the standby refuses connections for a moment after it starts
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("The replica did not reach WAL position " + target + " in 30 s");
        }
    }
}
