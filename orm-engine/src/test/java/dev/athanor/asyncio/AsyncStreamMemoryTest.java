package dev.athanor.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.engine.Connection;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Streaming half a million rows through an {@link AsyncSession}'s publisher to a slow subscriber
 * completes in a JVM with a 64 MB heap: rows are fetched only as requested and the session lets
 * go of the objects it has passed. PostgreSQL only, to fill the table quickly with
 * {@code generate_series} and keep the forked run short.
 */
class AsyncStreamMemoryTest {
    private static final int ROWS = 500_000;

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void fiveHundredThousandRowsStreamToASlowSubscriberInSixtyFourMegabytes(TestDb db) throws Exception {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            try (Connection connection = db.engine().connect()) {
                connection.executeRaw("INSERT INTO aio_item (name) SELECT 'item ' || g FROM generate_series(1, " + ROWS
                        + ") AS g");
                connection.commit();
            }
            Path output = Files.createTempFile("athanor-stream", ".log");
            try {
                Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m", "-cp", System.getProperty("java.class.path"), StreamMain.class.getName(),
                        db.database().url())
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                boolean exited = process.waitFor(3, TimeUnit.MINUTES);
                if (!exited) {
                    process.destroyForcibly();
                }
                String printed = read(output);
                assertThat(exited).as("the streaming JVM finished; it printed:%n%s", printed).isTrue();
                assertThat(process.exitValue()).as("exit code; it printed:%n%s", printed).isZero();
                assertThat(printed).contains("streamed " + ROWS + " rows, id sum " + (long) ROWS * (ROWS + 1) / 2
                        + ", slots in use 0");
            } finally {
                Files.deleteIfExists(output);
            }
        }
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output);
    }
}
