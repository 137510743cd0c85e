package dev.athanor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A MariaDB server of a fault test's own on port 3307, with its own data directory and socket
 * under {@code /tmp}; closing it stops the server and deletes the directory. The shared server
 * on 3306 is never touched. Skipped where {@code mariadbd} is missing, unless
 * {@code ATHANOR_REQUIRE_SERVERS=true}.
 */
public final class PrivateMariaDb implements PrivateServer {
    private static final int PORT = 3307;
    private static final Path DIR = Path.of("/tmp/athanor-fault-mariadb");

    private Process server;

    private PrivateMariaDb() {
    }

    /** Initialises a fresh data directory and starts the server. */
    public static PrivateMariaDb start() {
        boolean available = Files.isExecutable(Path.of("/usr/sbin/mariadbd"));
        if (!available && "true".equals(System.getenv("ATHANOR_REQUIRE_SERVERS"))) {
            throw new IllegalStateException("mariadbd is missing; the private MariaDB fault tests need it");
        }
        Assumptions.assumeTrue(available, "mariadbd is not installed");
        deleteDirectory();
        run("mariadb-install-db", "--no-defaults", "--datadir=" + DIR.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=root");
        PrivateMariaDb instance = new PrivateMariaDb();
        instance.launch();
        return instance;
    }

    @Override
    public String url() {
        return "mariadb://root@127.0.0.1:" + PORT + "/mysql";
    }

    @Override
    public void restart() {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
        deleteDirectory();
    }

    private void launch() {
        try {
            server = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + DIR.resolve("data"),
                    "--port=" + PORT, "--bind-address=127.0.0.1", "--socket=" + DIR.resolve("mysqld.sock"),
                    "--pid-file=" + DIR.resolve("mysqld.pid"), "--user=root")
                    .redirectErrorStream(true).redirectOutput(DIR.resolve("server.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("mariadbd could not start", e);
        }
        for (int i = 0; i < 300; i++) {
            if (answers()) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException("The private MariaDB did not answer within 30 s; see " + DIR.resolve("server.log"));
    }

    private boolean answers() {
        try {
            Process ping = new ProcessBuilder("mariadb-admin", "--no-defaults", "-h127.0.0.1", "-P" + PORT, "-uroot",
                    "ping").redirectErrorStream(true).start();
            ping.getInputStream().readAllBytes();
            return ping.waitFor(10, TimeUnit.SECONDS) && ping.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteDirectory() {
        if (!Files.exists(DIR)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(DIR)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot delete " + DIR, e);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
