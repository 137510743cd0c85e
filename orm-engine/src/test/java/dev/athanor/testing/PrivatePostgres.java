package dev.athanor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL 15 cluster of a fault test's own on port 5433 (Debian's {@code pg_createcluster}),
 * which the test may restart or freeze; closing it drops the cluster. The shared server on 5432 is
 * never touched. Tests using it are skipped where the cluster tools are missing, unless
 * {@code ATHANOR_REQUIRE_SERVERS=true}.
 */
public final class PrivatePostgres implements PrivateServer {
    private static final String VERSION = "15";
    private static final String NAME = "athanor_fault";
    private static final int PORT = 5433;

    private PrivatePostgres() {
    }

    /** Creates (replacing a leftover) and starts the cluster. */
    public static PrivatePostgres start() {
        boolean available = Files.isExecutable(Path.of("/usr/bin/pg_createcluster"));
        if (!available && "true".equals(System.getenv("ATHANOR_REQUIRE_SERVERS"))) {
            throw new IllegalStateException("pg_createcluster is missing; the private PostgreSQL fault tests need it");
        }
        Assumptions.assumeTrue(available, "pg_createcluster is not installed");
        PrivatePostgres cluster = new PrivatePostgres();
        cluster.drop();
        run("pg_createcluster", VERSION, NAME, "--port", String.valueOf(PORT), "--",
                "--auth-host=trust", "--auth-local=trust");
        run("pg_ctlcluster", VERSION, NAME, "start");
        return cluster;
    }

    /** The URL of the cluster's {@code postgres} database. */
    @Override
    public String url() {
        return "postgresql://postgres@127.0.0.1:" + PORT + "/postgres";
    }

    @Override
    public void restart() {
        run("pg_ctlcluster", VERSION, NAME, "restart");
    }

    /**
     * Freezes the server (SIGSTOP to the postmaster and its children): connections stay open but
     * nothing answers, as with a hung host. {@link #resume()} lets it go on.
     */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen server go on. */
    public void resume() {
        signal("CONT");
    }

    @Override
    public void close() {
        resume();
        drop();
    }

    private void drop() {
        if (Files.isDirectory(Path.of("/etc/postgresql", VERSION, NAME))) {
            run("pg_dropcluster", "--stop", VERSION, NAME);
        }
    }

    private void signal(String signal) {
        Path pidFile = Path.of("/var/lib/postgresql", VERSION, NAME, "postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            String postmaster = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            ProcessHandle.of(Long.parseLong(postmaster)).ifPresent(handle -> {
                List<ProcessHandle> processes = new ArrayList<>(handle.children().toList());
                processes.add(0, handle);
                for (ProcessHandle process : processes) {
                    signal(signal, process.pid());
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + pidFile, e);
        }
    }

    /** A child may exit between listing and signalling; that one needs no signal. */
    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("kill could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
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
