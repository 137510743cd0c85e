package dev.athanor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The private PostgreSQL servers of the scale-out tests, made by {@code src/test/scripts/scale-clusters.sh}
 * once per JVM: a primary on 5440, its streaming replica on 5441, shard servers on 5442 and 5443
 * and PgBouncer (transaction pooling) on 6440. They are torn down when the JVM exits, unless
 * {@code ATHANOR_SCALE_KEEP=true} (handy while iterating). Without root or Debian's
 * {@code pg_createcluster} the tests are skipped, or fail when {@code ATHANOR_REQUIRE_SERVERS=true}.
 */
public final class ScaleServers {
    public static final String PRIMARY = "postgresql://postgres@127.0.0.1:5440/postgres";
    public static final String REPLICA = "postgresql://postgres@127.0.0.1:5441/postgres";
    public static final String SHARD_A = "postgresql://postgres@127.0.0.1:5442/postgres";
    public static final String SHARD_B = "postgresql://postgres@127.0.0.1:5443/postgres";
    public static final String BOUNCER = "postgresql://postgres@127.0.0.1:6440/postgres";

    private static String unavailable;
    private static boolean started;

    private ScaleServers() {
    }

    /** Starts the servers on first call; skips (or fails, in CI) the calling test when they cannot run. */
    public static synchronized void require() {
        if (!started && unavailable == null) {
            start();
        }
        if (unavailable != null) {
            if (TestDatabase.serversRequired()) {
                Assertions.fail("The scale-out servers are required (ATHANOR_REQUIRE_SERVERS=true) but " + unavailable);
            }
            Assumptions.abort("Scale-out servers unavailable: " + unavailable);
        }
    }

    /** Stops the replica's server (a real shutdown: the replica is down until {@link #startReplica()}). */
    public static void stopReplica() {
        run("stop-replica");
    }

    /** Starts the replica's server again. */
    public static void startReplica() {
        run("start-replica");
    }

    private static void start() {
        Path script = script();
        if (script == null) {
            unavailable = "scale-clusters.sh was not found under src/test/scripts";
        } else if (!Files.isExecutable(Path.of("/usr/bin/pg_createcluster"))) {
            unavailable = "Debian's pg_createcluster (postgresql-common) is not installed";
        } else if (!"root".equals(System.getProperty("user.name"))) {
            unavailable = "creating clusters needs root, the tests run as " + System.getProperty("user.name");
        } else {
            String failure = exec("start");
            if (failure != null) {
                unavailable = failure;
                return;
            }
            started = true;
            if (!Boolean.parseBoolean(System.getenv("ATHANOR_SCALE_KEEP"))) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> exec("stop"), "athanor-scale-stop"));
            }
        }
    }

    private static void run(String command) {
        String failure = exec(command);
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static String exec(String command) {
        Path script = script();
        try {
            Process process = new ProcessBuilder(List.of(script.toString(), command))
                    .redirectErrorStream(true).start();
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

    private static Path script() {
        for (String dir : List.of("src/test/scripts", "orm-engine/src/test/scripts")) {
            Path candidate = Path.of(dir, "scale-clusters.sh").toAbsolutePath();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
