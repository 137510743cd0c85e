package dev.athanor.pool;

import dev.athanor.exc.ArgumentError;
import java.time.Duration;

/**
 * Pool settings with SQLAlchemy's names and meanings.
 *
 * @param poolClass which pool to use, or {@code null} to let the dialect choose (static for private
 *     in-memory databases such as SQLite {@code :memory:}, queue otherwise)
 * @param size connections kept open ({@code pool_size}); HikariCP's {@code minimumIdle}
 * @param maxOverflow extra connections allowed under load; {@code size + maxOverflow} is
 *     HikariCP's {@code maximumPoolSize}
 * @param timeout how long a checkout waits for a free connection ({@code pool_timeout})
 * @param recycle the age after which a connection is replaced ({@code pool_recycle}), or
 *     {@code null} for HikariCP's default of 30 minutes
 * @param prePing test each connection with a round trip before lending it ({@code pool_pre_ping})
 * @param echo log checkouts and checkins under {@code athanor.pool} ({@code echo_pool})
 * @param resetOnReturn what is done to a connection given back ({@code reset_on_return}):
 *     roll back (the default), or a full session reset
 */
public record PoolOptions(PoolClass poolClass, int size, int maxOverflow, Duration timeout,
                          Duration recycle, boolean prePing, boolean echo, ResetOnReturn resetOnReturn) {

    /** SQLAlchemy's defaults: 5 connections, 10 overflow, 30 s timeout, rollback on return. */
    public static final PoolOptions DEFAULTS = new PoolOptions(null, 5, 10, Duration.ofSeconds(30), null, false, false,
            ResetOnReturn.ROLLBACK);

    public PoolOptions {
        if (resetOnReturn == null) {
            throw new ArgumentError("resetOnReturn must be ROLLBACK or FULL, got null");
        }
        if (size < 1) {
            throw new ArgumentError("poolSize must be at least 1, got " + size);
        }
        if (maxOverflow < 0) {
            throw new ArgumentError("maxOverflow must not be negative, got " + maxOverflow);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ArgumentError("poolTimeout must be positive, got " + timeout);
        }
        if (recycle != null && (recycle.isNegative() || recycle.isZero())) {
            throw new ArgumentError("poolRecycle must be positive, got " + recycle);
        }
    }

    /** The most connections the pool opens at once. */
    public int maxConnections() {
        return size + maxOverflow;
    }
}
