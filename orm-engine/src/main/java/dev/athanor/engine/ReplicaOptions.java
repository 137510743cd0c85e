package dev.athanor.engine;

import dev.athanor.exc.ArgumentError;
import java.time.Duration;
import java.util.List;

/**
 * The read replicas of an engine and how reads are routed to them: read-only work goes to a
 * replica chosen round-robin among the healthy ones, everything else to the primary.
 *
 * @param urls the replicas' URLs, each served by its own pool with the engine's pool options
 * @param maxLag the replication lag above which a replica is skipped for the primary, or
 *     {@code null} not to measure lag (dialects that cannot measure it never skip for lag);
 *     measuring costs one round trip per read-only checkout
 * @param retryDelay how long a replica that could not be reached is left out before it is tried again
 * @param connectTimeout how long a read-only checkout waits for a replica's connection (its pool's
 *     {@code pool_timeout}) before passing over it; short, so that the first read after a replica
 *     dies falls back to the primary quickly instead of waiting the primary's {@code poolTimeout}
 */
public record ReplicaOptions(List<Url> urls, Duration maxLag, Duration retryDelay, Duration connectTimeout) {

    /** No replicas: all work goes to the primary. */
    public static final ReplicaOptions NONE = new ReplicaOptions(List.of(), null, Duration.ofSeconds(30),
            Duration.ofSeconds(2));

    public ReplicaOptions {
        urls = List.copyOf(urls);
        if (maxLag != null && maxLag.isNegative()) {
            throw new ArgumentError("maxReplicaLag must not be negative, got " + maxLag);
        }
        if (retryDelay == null || retryDelay.isNegative()) {
            throw new ArgumentError("replicaRetryDelay must be zero or more, got " + retryDelay);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new ArgumentError("replicaConnectTimeout must be positive, got " + connectTimeout);
        }
    }
}
