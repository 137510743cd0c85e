package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.ProgrammingError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.model.Author;
import dev.athanor.orm.model.Models;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code h2:///:memory:} is a database of its own per engine that many connections share, and
 * {@code sqlite:///:memory:}, which lives inside one connection, refuses a second one at once.
 */
class InMemoryDatabaseTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoConnectionsAtOnceOnAnH2MemoryDatabaseBothCommit() throws Exception {
        try (Engine engine = Athanor.createEngine("h2:///:memory:")) {
            engine.transactionWithoutResult(conn -> conn.execute(text("CREATE TABLE mem_pair (id INTEGER PRIMARY KEY)")));
            CountDownLatch firstInserted = new CountDownLatch(1);
            CountDownLatch secondCommitted = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> engine.transactionWithoutResult(conn -> {
                conn.execute(text("INSERT INTO mem_pair VALUES (1)"));
                firstInserted.countDown();
                await(secondCommitted);
            }));
            Future<?> second = threads.submit(() -> {
                try {
                    await(firstInserted);
                    engine.transactionWithoutResult(conn -> conn.execute(text("INSERT INTO mem_pair VALUES (2)")));
                } finally {
                    secondCommitted.countDown();
                }
            });
            second.get();
            first.get();
            assertThat(count(engine, "mem_pair")).isEqualTo(2);
        }
    }

    @Test
    void twoSessionsAtOnceOnAnH2MemoryDatabaseBothCommit() throws Exception {
        Registry registry = Models.registry();
        try (Engine engine = Athanor.createEngine("h2:///:memory:")) {
            registry.metadata().createAll(engine);
            SessionFactory sessions = SessionFactory.builder(engine, registry).build();
            CountDownLatch firstFlushed = new CountDownLatch(1);
            CountDownLatch secondCommitted = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> {
                try (Session session = sessions.open()) {
                    session.add(new Author("Ursula", "ursula@example.com"));
                    session.flush();
                    firstFlushed.countDown();
                    await(secondCommitted);
                    session.commit();
                }
            });
            Future<?> second = threads.submit(() -> {
                try (Session session = sessions.open()) {
                    await(firstFlushed);
                    session.add(new Author("Octavia", "octavia@example.com"));
                    session.commit();
                } finally {
                    secondCommitted.countDown();
                }
            });
            second.get();
            first.get();
            assertThat(count(engine, "author")).isEqualTo(2);
        }
    }

    @Test
    void twoEnginesOnH2MemoryDoNotSeeEachOthersTables() {
        try (Engine a = Athanor.createEngine("h2:///:memory:"); Engine b = Athanor.createEngine("h2:///:memory:")) {
            a.transactionWithoutResult(conn -> {
                conn.execute(text("CREATE TABLE only_in_a (id INTEGER)"));
                conn.execute(text("INSERT INTO only_in_a VALUES (1)"));
            });
            assertThat(count(a, "only_in_a")).isEqualTo(1);
            assertThatThrownBy(() -> count(b, "only_in_a")).isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("ONLY_IN_A");
        }
    }

    @Test
    void anH2MemoryDatabaseIsDroppedWhenItsEngineIsDisposed() throws SQLException {
        Engine engine = Athanor.createEngine("h2:///:memory:");
        String jdbcUrl;
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE short_lived (id INTEGER)"));
            conn.commit();
            jdbcUrl = conn.jdbcConnection().getMetaData().getURL();
        }
        try (java.sql.Connection outside = DriverManager.getConnection(jdbcUrl + ";IFEXISTS=TRUE")) {
            assertThat(outside.getMetaData().getTables(null, null, "SHORT_LIVED", null).next()).isTrue();
        }
        engine.dispose();
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl + ";IFEXISTS=TRUE").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("not found");
    }

    @Test
    void aSecondCheckoutOfASqliteMemoryDatabaseFailsAtOnceSayingWhy() throws Exception {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:"); Connection first = engine.connect()) {
            first.execute(text("CREATE TABLE solo (id INTEGER)"));
            first.execute(text("INSERT INTO solo VALUES (1)"));
            first.commit();
            Future<Connection> second = threads.submit(engine::connect);
            assertThatThrownBy(second::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("sqlite:///:memory:")
                    .hasMessageContaining("already checked out")
                    .hasMessageContaining("exactly one")
                    .hasMessageContaining("use a file database");
            assertThat(first.execute(text("SELECT COUNT(*) FROM solo")).<Number>scalar().intValue()).isEqualTo(1);
            assertThat(engine.poolStatus().checkedOut()).isEqualTo(1);
        }
    }

    @Test
    void aSqliteMemoryDatabaseKeepsItsDataBetweenCheckouts() {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:")) {
            engine.transactionWithoutResult(conn -> {
                conn.execute(text("CREATE TABLE kept (id INTEGER)"));
                conn.execute(text("INSERT INTO kept VALUES (1)"));
            });
            assertThat(count(engine, "kept")).isEqualTo(1);
        }
    }

    private static int count(Engine engine, String table) {
        return engine.transaction(conn -> conn.execute(text("SELECT COUNT(*) FROM " + table)).<Number>scalar().intValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the other thread never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
