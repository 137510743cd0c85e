package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite file database in WAL mode: a session reading never makes another session's write fail. */
class SqliteFileConcurrencyTest {
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor();

    @TempDir
    Path dir;

    @AfterEach
    void stopThread() {
        writerThread.shutdownNow();
    }

    @Test
    void aWriterCommitsWhileAnotherSessionHoldsAReadTransactionOpen() throws Exception {
        try (Engine engine = Athanor.createEngine("sqlite:///" + dir.resolve("shared.db"))) {
            engine.transactionWithoutResult(conn -> {
                conn.execute(text("CREATE TABLE ledger (id INTEGER PRIMARY KEY, note TEXT)"));
                conn.execute(text("INSERT INTO ledger VALUES (1, 'first')"));
            });
            try (Connection reader = engine.connect()) {
                assertThat(countIn(reader)).isEqualTo(1);
                Future<?> writer = writerThread.submit(() -> engine.transactionWithoutResult(
                        conn -> conn.execute(text("INSERT INTO ledger VALUES (2, 'second')"))));
                writer.get();
                assertThat(countIn(reader)).as("the reader keeps its snapshot").isEqualTo(1);
                reader.rollback();
                assertThat(countIn(reader)).isEqualTo(2);
            }
            assertThat(engine.transaction(SqliteFileConcurrencyTest::countIn)).isEqualTo(2);
        }
    }

    @Test
    void fileDatabasesUseWalWithABusyTimeoutByDefault() {
        try (Engine engine = Athanor.createEngine("sqlite:///" + dir.resolve("wal.db"));
             Connection conn = engine.connect()) {
            assertThat(conn.execute(text("PRAGMA journal_mode")).<String>scalar()).isEqualToIgnoringCase("wal");
            assertThat(conn.execute(text("PRAGMA busy_timeout")).<Number>scalar().intValue()).isEqualTo(5000);
            assertThat(conn.execute(text("PRAGMA foreign_keys")).<Number>scalar().intValue()).isEqualTo(1);
        }
    }

    @Test
    void theUrlOverridesTheJournalModeAndTheBusyTimeout() {
        try (Engine engine = Athanor.createEngine("sqlite:///" + dir.resolve("classic.db")
                + "?journal_mode=DELETE&busy_timeout=1234");
             Connection conn = engine.connect()) {
            assertThat(conn.execute(text("PRAGMA journal_mode")).<String>scalar()).isEqualToIgnoringCase("delete");
            assertThat(conn.execute(text("PRAGMA busy_timeout")).<Number>scalar().intValue()).isEqualTo(1234);
        }
    }

    private static int countIn(Connection conn) {
        return conn.execute(text("SELECT COUNT(*) FROM ledger")).<Number>scalar().intValue();
    }
}
