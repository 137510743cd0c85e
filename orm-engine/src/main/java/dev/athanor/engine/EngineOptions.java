package dev.athanor.engine;

import dev.athanor.exc.ArgumentError;
import dev.athanor.pool.PoolClass;
import dev.athanor.pool.PoolOptions;
import dev.athanor.pool.ResetOnReturn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an engine connects, pools, logs and caches, with SQLAlchemy's option names:
 *
 * <pre>{@code
 * EngineOptions.builder().poolSize(10).maxOverflow(20).poolPrePing(true).echo(true).build()
 * }</pre>
 *
 * @param pool the pool settings ({@code pool_size}, {@code max_overflow}, {@code pool_timeout},
 *     {@code pool_recycle}, {@code pool_pre_ping}, {@code echo_pool}, {@code poolclass}, {@code reset_on_return})
 * @param echo log every statement, its parameters and its time under {@code athanor.engine}
 * @param hideParameters keep parameter values out of logs and error messages
 * @param connectArgs driver properties, applied over the dialect's and the URL's
 * @param isolationLevel {@code READ COMMITTED}, {@code SERIALIZABLE}, …, {@code AUTOCOMMIT}, or {@code null}
 * @param compileCacheSize how many compiled statements to keep (0 disables the cache)
 * @param statementTimeout how long one statement may run, or {@code null} for no limit; see
 *     {@link Builder#statementTimeout(Duration)}
 * @param replicas read replicas of the database and how reads are routed to them
 */
public record EngineOptions(PoolOptions pool, boolean echo, boolean hideParameters,
                            Map<String, String> connectArgs, String isolationLevel, int compileCacheSize,
                            Duration statementTimeout, ReplicaOptions replicas) {

    /** SQLAlchemy's defaults. */
    public static final EngineOptions DEFAULTS = builder().build();

    public EngineOptions {
        replicas = replicas == null ? ReplicaOptions.NONE : replicas;
        connectArgs = Map.copyOf(connectArgs);
        if (compileCacheSize < 0) {
            throw new ArgumentError("compileCacheSize must not be negative, got " + compileCacheSize);
        }
        if (statementTimeout != null && (statementTimeout.isNegative() || statementTimeout.isZero())) {
            throw new ArgumentError("statementTimeout must be positive, got " + statementTimeout
                    + "; pass null for no limit");
        }
    }

    /** These options with another isolation level (see {@link Engine#withIsolationLevel}). */
    EngineOptions withIsolationLevel(String level) {
        return new EngineOptions(pool, echo, hideParameters, connectArgs, level, compileCacheSize, statementTimeout,
                replicas);
    }

    /**
     * What each replica's own engine is created with: these options without replicas, with
     * {@code pool_pre_ping}, so a stopped replica is noticed at checkout (and passed over) rather
     * than by the query that then fails, and with the replicas' short connect timeout as its
     * {@code pool_timeout}.
     */
    EngineOptions forReplica() {
        PoolOptions pinged = new PoolOptions(pool.poolClass(), pool.size(), pool.maxOverflow(), replicas.connectTimeout(),
                pool.recycle(), true, pool.echo(), pool.resetOnReturn());
        return new EngineOptions(pinged, echo, hideParameters, connectArgs, isolationLevel, compileCacheSize,
                statementTimeout, ReplicaOptions.NONE);
    }

    /** A builder starting from SQLAlchemy's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EngineOptions}; every setter validates when {@link #build()} runs. */
    public static final class Builder {
        private PoolClass poolClass;
        private int poolSize = PoolOptions.DEFAULTS.size();
        private int maxOverflow = PoolOptions.DEFAULTS.maxOverflow();
        private Duration poolTimeout = PoolOptions.DEFAULTS.timeout();
        private Duration poolRecycle;
        private boolean poolPrePing;
        private boolean echoPool;
        private ResetOnReturn resetOnReturn = PoolOptions.DEFAULTS.resetOnReturn();
        private boolean echo;
        private boolean hideParameters;
        private final Map<String, String> connectArgs = new LinkedHashMap<>();
        private String isolationLevel;
        private int compileCacheSize = 500;
        private Duration statementTimeout;
        private final List<Url> replicas = new ArrayList<>();
        private Duration maxReplicaLag;
        private Duration replicaRetryDelay = ReplicaOptions.NONE.retryDelay();
        private Duration replicaConnectTimeout = ReplicaOptions.NONE.connectTimeout();

        private Builder() {
        }

        /** Which pool to use; by default static for private in-memory databases, else queue. */
        public Builder poolClass(PoolClass value) {
            this.poolClass = value;
            return this;
        }

        /** Connections kept open (SQLAlchemy {@code pool_size}, default 5). */
        public Builder poolSize(int value) {
            this.poolSize = value;
            return this;
        }

        /** Extra connections under load (SQLAlchemy {@code max_overflow}, default 10). */
        public Builder maxOverflow(int value) {
            this.maxOverflow = value;
            return this;
        }

        /** How long a checkout waits (SQLAlchemy {@code pool_timeout}, default 30 s). */
        public Builder poolTimeout(Duration value) {
            this.poolTimeout = value;
            return this;
        }

        /** Replace connections older than this (SQLAlchemy {@code pool_recycle}). */
        public Builder poolRecycle(Duration value) {
            this.poolRecycle = value;
            return this;
        }

        /** Test every connection before lending it (SQLAlchemy {@code pool_pre_ping}). */
        public Builder poolPrePing(boolean value) {
            this.poolPrePing = value;
            return this;
        }

        /** Log checkouts and checkins (SQLAlchemy {@code echo_pool}). */
        public Builder echoPool(boolean value) {
            this.echoPool = value;
            return this;
        }

        /**
         * What the pool does to a returned connection (SQLAlchemy {@code reset_on_return}):
         * {@link ResetOnReturn#ROLLBACK} by default, {@link ResetOnReturn#FULL} to also clear
         * session state set by SQL ({@code SET search_path}, {@code SET time_zone}) before the
         * next holder sees it.
         */
        public Builder resetOnReturn(ResetOnReturn value) {
            this.resetOnReturn = value;
            return this;
        }

        /** Log statements (SQLAlchemy {@code echo}). */
        public Builder echo(boolean value) {
            this.echo = value;
            return this;
        }

        /** Keep parameter values out of logs and errors (SQLAlchemy {@code hide_parameters}). */
        public Builder hideParameters(boolean value) {
            this.hideParameters = value;
            return this;
        }

        /** A driver property (SQLAlchemy {@code connect_args}). */
        public Builder connectArg(String key, String value) {
            this.connectArgs.put(key, value);
            return this;
        }

        /** Driver properties (SQLAlchemy {@code connect_args}). */
        public Builder connectArgs(Map<String, String> values) {
            this.connectArgs.putAll(values);
            return this;
        }

        /**
         * The transaction isolation level of every connection: {@code READ UNCOMMITTED},
         * {@code READ COMMITTED}, {@code REPEATABLE READ}, {@code SERIALIZABLE} (underscores and
         * dashes for spaces are fine), or {@code AUTOCOMMIT}, SQLAlchemy's DBAPI autocommit (see
         * {@link Engine#isAutocommit()}). An engine over an application's DataSource takes only
         * {@code AUTOCOMMIT}.
         */
        public Builder isolationLevel(String value) {
            this.isolationLevel = value;
            return this;
        }

        /** How many compiled statements to cache (default 500; 0 disables). */
        public Builder compileCacheSize(int value) {
            this.compileCacheSize = value;
            return this;
        }

        /**
         * How long one statement may run before the database cancels it with an
         * {@link dev.athanor.exc.OperationalError} (JDBC {@code setQueryTimeout}, whole seconds,
         * rounded up). The dialect also gives the driver a socket timeout a little longer than this
         * (PostgreSQL and MariaDB {@code socketTimeout}), so a hung or unreachable server fails the
         * statement instead of blocking the thread forever; the connection is then invalidated.
         * SQLite's driver applies the query timeout only to waiting for locks, not to a running
         * statement.
         *
         * <p>Default: no limit, as in SQLAlchemy and JDBC, because a limit cuts off long migrations
         * and reports. A safe setting for an application serving requests is a little above its
         * slowest legitimate statement, typically 30 seconds; code that needs longer runs it on an
         * engine of its own.
         */
        public Builder statementTimeout(Duration value) {
            this.statementTimeout = value;
            return this;
        }

        /**
         * Read replicas ({@code postgresql://…@replica1/db}): connections and sessions opened
         * read-only read from one of them, chosen round-robin among the healthy ones.
         */
        public Builder replicas(List<String> urls) {
            urls.forEach(url -> this.replicas.add(Url.parse(url)));
            return this;
        }

        /**
         * The replication lag above which a replica is passed over for the primary (measured on
         * each read-only checkout with the dialect's lag query); unset, lag is not measured.
         */
        public Builder maxReplicaLag(Duration value) {
            this.maxReplicaLag = value;
            return this;
        }

        /** How long an unreachable replica is left out before it is tried again (default 30 s). */
        public Builder replicaRetryDelay(Duration value) {
            this.replicaRetryDelay = value;
            return this;
        }

        /**
         * How long a read-only checkout waits for a replica's connection before passing over it
         * (default 2 s): the replicas' pools use it as their {@code pool_timeout}, so a replica
         * that just died costs the first read this long, not the primary's {@code poolTimeout}. A
         * replica whose connections are all in use is passed over too, without being marked down.
         * A replica that comes back is used again once its pool has reconnected: HikariCP retries in
         * the background, waiting up to 5 s between tries.
         */
        public Builder replicaConnectTimeout(Duration value) {
            this.replicaConnectTimeout = value;
            return this;
        }

        /** The options; invalid values raise {@link ArgumentError} naming the option. */
        public EngineOptions build() {
            PoolOptions pool = new PoolOptions(poolClass, poolSize, maxOverflow, poolTimeout, poolRecycle,
                    poolPrePing, echoPool, resetOnReturn);
            return new EngineOptions(pool, echo, hideParameters, connectArgs, isolationLevel, compileCacheSize,
                    statementTimeout, new ReplicaOptions(replicas, maxReplicaLag, replicaRetryDelay,
                    replicaConnectTimeout));
        }
    }
}
