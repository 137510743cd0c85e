package dev.athanor.actuate.replica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The primary (5440) and streaming replica (5441) of orm-engine's {@code scale-clusters.sh}, run
 * through that script (this module cannot see orm-engine's test fixture): started once per JVM,
 * dropped at exit unless {@code ATHANOR_SCALE_KEEP=true}; skipped without root, failed instead
 * when {@code ATHANOR_REQUIRE_SERVERS=true}.
 */
final class ScaleClusters {
    static final String PRIMARY = "postgresql://postgres@127.0.0.1:5440/postgres";
    static final String REPLICA = "postgresql://postgres@127.0.0.1:5441/postgres";
    private static boolean started;

    private ScaleClusters() {
    }

    static synchronized void require() {
        if (started) {
            return;
        }
        String unavailable = !"root".equals(System.getProperty("user.name"))
                ? "creating clusters needs root, the tests run as " + System.getProperty("user.name") : run("start");
        if (unavailable != null) {
            if ("true".equals(System.getenv("ATHANOR_REQUIRE_SERVERS"))) {
                Assertions.fail("The scale-out servers are required (ATHANOR_REQUIRE_SERVERS=true) but " + unavailable);
            }
            Assumptions.abort("Scale-out servers unavailable: " + unavailable);
        }
        started = true;
        if (!Boolean.parseBoolean(System.getenv("ATHANOR_SCALE_KEEP"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run("stop"), "athanor-scale-stop"));
        }
    }

    static void stopReplica() {
        check(run("stop-replica"));
    }

    static void startReplica() {
        check(run("start-replica"));
    }

    /** Waits until the replica has replayed everything the primary has written so far (30 s at most). */
    static void awaitReplay() throws SQLException, InterruptedException {
        String target;
        try (var primary = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5440/postgres", "postgres", "");
             var result = primary.createStatement().executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            result.next();
            target = result.getString(1);
        }
        for (int attempt = 0; attempt < 600; attempt++) {
            try (var replica = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5441/postgres", "postgres", "");
                 var result = replica.createStatement().executeQuery(
                         "SELECT pg_last_wal_replay_lsn() >= '" + target + "'::pg_lsn")) {
                if (result.next() && result.getBoolean(1)) {
                    return;
                }
            } catch (SQLException starting) {
                // the standby refuses connections for a moment after it starts
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The replica did not reach WAL position " + target + " in 30 s");
    }

    private static void check(String failure) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Runs the script; the failure's description, or {@code null} on success. */
    private static String run(String command) {
        Path script = List.of("../orm-engine", "orm-engine").stream()
                .map(dir -> Path.of(dir, "src/test/scripts/scale-clusters.sh").toAbsolutePath())
                .filter(Files::isRegularFile).findFirst().orElse(null);
        if (script == null) {
            return "orm-engine/src/test/scripts/scale-clusters.sh was not found from " + Path.of("").toAbsolutePath();
        }
        try {
            Process process = new ProcessBuilder(script.toString(), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return "scale-clusters.sh " + command + " failed: " + output;
            }
            return null;
        } catch (IOException e) {
            return "scale-clusters.sh " + command + " could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while running scale-clusters.sh " + command;
        }
    }
}
