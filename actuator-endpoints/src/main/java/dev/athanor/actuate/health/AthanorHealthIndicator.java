package dev.athanor.actuate.health;

import dev.athanor.actuate.migration.MigrationState;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.ReplicaStatus;
import dev.athanor.pool.PoolStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the database UP when a pooled connection answers within the timeout, with the pool's
 * figures (active, idle, pending, max), when asked whether the schema has drifted, and with
 * Athanor's migrations where the database stands ({@code up-to-date}, {@code pending: n},
 * {@code ahead-of-scripts}), OUT_OF_SERVICE while revisions are pending when so configured.
 *
 * <p>With read replicas, {@code replicas} lists each one: its URL (password masked), UP or DOWN
 * and its replication lag in milliseconds where the dialect can measure it. A replica that is
 * down does not make the whole indicator DOWN, because reads then fall back to the primary; each
 * replica is checked within {@code replicaConnectTimeout} ({@link Engine#checkReplicas()}).
 *
 * <p>The ping runs on its own thread and is abandoned at the timeout: a database that stops
 * answering (a dropped network, a full pool) makes the indicator DOWN instead of holding up the
 * health endpoint for the pool's whole connection timeout. Details name the dialect and never the
 * URL, user or password.
 */
public class AthanorHealthIndicator implements HealthIndicator {
    private static final Executor PING_THREADS = task -> {
        Thread thread = new Thread(task, "athanor-health-ping");
        thread.setDaemon(true);
        thread.start();
    };

    private final Engine engine;
    private final Duration timeout;
    private final Supplier<List<?>> drift;
    private final Supplier<MigrationState> migrations;
    private final boolean outOfServiceWhilePending;

    /**
     * An indicator for the engine.
     *
     * @param drift the current schema differences, or {@code null} not to check drift
     */
    public AthanorHealthIndicator(Engine engine, Duration timeout, Supplier<List<?>> drift) {
        this(engine, timeout, drift, null, false);
    }

    /**
     * An indicator for the engine that also reports the migrations.
     *
     * @param migrations               the database's migration state, or {@code null} without migrations
     * @param outOfServiceWhilePending report OUT_OF_SERVICE while revisions are pending
     */
    public AthanorHealthIndicator(Engine engine, Duration timeout, Supplier<List<?>> drift,
                                  Supplier<MigrationState> migrations, boolean outOfServiceWhilePending) {
        this.engine = engine;
        this.timeout = timeout;
        this.drift = drift;
        this.migrations = migrations;
        this.outOfServiceWhilePending = outOfServiceWhilePending;
    }

    @Override
    public Health health() {
        Health.Builder builder = ping();
        PoolStatus pool = engine.poolStatus();
        builder.withDetail("database", engine.dialect().name())
                .withDetail("active", pool.checkedOut())
                .withDetail("idle", pool.checkedIn())
                .withDetail("pending", pool.waiting())
                .withDetail("max", pool.max());
        if (!engine.replicas().isEmpty()) {
            builder.withDetail("replicas", engine.checkReplicas().stream().map(AthanorHealthIndicator::replica).toList());
        }
        return builder.build();
    }

    private Health.Builder ping() {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(this::answers, PING_THREADS);
        try {
            if (!answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Health.down().withDetail("error", "the connection did not validate");
            }
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted while waiting for the database");
        }
        Health.Builder up = Health.up();
        if (drift != null) {
            up.withDetail("schemaDrift", !drift.get().isEmpty());
        }
        if (migrations != null) {
            MigrationState state = migrations.get();
            up.withDetail("migrations", state.summary());
            if (outOfServiceWhilePending && !state.pending().isEmpty()) {
                up.outOfService();
            }
        }
        return up;
    }

    private boolean answers() {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try (Connection connection = engine.connect()) {
            return connection.jdbcConnection().isValid(seconds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> replica(ReplicaStatus status) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("url", status.url().toString());
        detail.put("status", status.up() ? "UP" : "DOWN");
        if (status.lag() != null) {
            detail.put("lagMillis", status.lag().toMillis());
        }
        return detail;
    }

    /** The failure's type and message, any credentials in a URL or property masked. */
    static String describe(Throwable failure) {
        Throwable cause = failure instanceof IllegalStateException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage()
                .replaceAll("(?i)(password|pwd)=[^&;\\s]*", "$1=******")
                .replaceAll("://([^:/@\\s]+):[^@/\\s]*@", "://$1:******@");
        return cause.getClass().getSimpleName() + message;
    }
}
