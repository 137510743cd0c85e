package dev.athanor.autoconfigure;

import dev.athanor.pool.ResetOnReturn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Athanor under {@code athanor.*}, with SQLAlchemy's option names.
 *
 * <p>Setters reject values that cannot work (negative sizes and durations); Spring Boot reports
 * the rejection at startup naming the property, as it does for malformed durations and unknown
 * enum values.
 */
@ConfigurationProperties("athanor")
public class AthanorProperties {

    /**
     * Database URL in SQLAlchemy form (postgresql://user:pass@host:5432/db, h2:///./data/app) or
     * a jdbc: URL. Its pool becomes the application's DataSource, in place of the one Spring Boot
     * would create. When unset, the application's single DataSource is used; when both are set,
     * this URL wins.
     */
    private String url;

    /** Log every statement, its parameters and its time under the athanor.engine logger. */
    private boolean echo;

    /**
     * Isolation level of every connection: READ_COMMITTED, READ_UNCOMMITTED, REPEATABLE_READ,
     * SERIALIZABLE, or AUTOCOMMIT (no transaction: each statement commits by itself, for reads).
     * Unset: the database's default. With the application's DataSource (no athanor.url) only
     * AUTOCOMMIT applies; set the others on the DataSource (spring.datasource.hikari.transaction-isolation).
     */
    private IsolationLevel isolationLevel;

    /**
     * Packages scanned for @Table classes. Defaults to the auto-configuration packages (the
     * package of the @SpringBootApplication class and below).
     */
    private List<String> entityPackages = new ArrayList<>();

    /**
     * Read replicas of the athanor.url database (each its own pool with the pool settings):
     * read-only transactions (@Transactional(readOnly = true)) read from one of them, chosen
     * round-robin among the healthy ones; everything else goes to the primary. Needs athanor.url.
     */
    private List<Replica> replicas = new ArrayList<>();

    /**
     * Replication lag above which a replica is passed over for the primary, measured on each
     * read-only checkout. Unset: lag is not measured.
     */
    private Duration replicaMaxLag;

    /** How long a replica that could not be reached is left out before it is tried again. */
    private Duration replicaRetryDelay = Duration.ofSeconds(30);

    /**
     * How long a read-only checkout waits for a replica's connection before passing over it (the
     * replicas' pool timeout); short, so the first read after a replica dies soon falls back.
     */
    private Duration replicaConnectTimeout = Duration.ofSeconds(2);

    private final Pool pool = new Pool();

    private final Session session = new Session();

    private final Schema schema = new Schema();

    private final Web web = new Web();

    private final Diagnostics diagnostics = new Diagnostics();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = (url == null || url.isBlank()) ? null : url.trim();
    }

    public boolean isEcho() {
        return echo;
    }

    public void setEcho(boolean echo) {
        this.echo = echo;
    }

    public IsolationLevel getIsolationLevel() {
        return isolationLevel;
    }

    public void setIsolationLevel(IsolationLevel isolationLevel) {
        this.isolationLevel = isolationLevel;
    }

    /** The values of {@code athanor.isolation-level}. */
    public enum IsolationLevel {
        READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE,
        /** No transaction: each statement commits by itself (for reads). */
        AUTOCOMMIT
    }

    public List<String> getEntityPackages() {
        return entityPackages;
    }

    public void setEntityPackages(List<String> entityPackages) {
        this.entityPackages = entityPackages;
    }

    public Pool getPool() {
        return pool;
    }

    public Session getSession() {
        return session;
    }

    public Schema getSchema() {
        return schema;
    }

    public Web getWeb() {
        return web;
    }

    public Diagnostics getDiagnostics() {
        return diagnostics;
    }

    public List<Replica> getReplicas() {
        return replicas;
    }

    public void setReplicas(List<Replica> replicas) {
        this.replicas = replicas;
    }

    public Duration getReplicaMaxLag() {
        return replicaMaxLag;
    }

    public void setReplicaMaxLag(Duration replicaMaxLag) {
        this.replicaMaxLag = notNegative(replicaMaxLag, "athanor.replica-max-lag");
    }

    public Duration getReplicaRetryDelay() {
        return replicaRetryDelay;
    }

    public void setReplicaRetryDelay(Duration replicaRetryDelay) {
        this.replicaRetryDelay = notNegative(replicaRetryDelay, "athanor.replica-retry-delay");
    }

    public Duration getReplicaConnectTimeout() {
        return replicaConnectTimeout;
    }

    public void setReplicaConnectTimeout(Duration replicaConnectTimeout) {
        if (replicaConnectTimeout == null || replicaConnectTimeout.isNegative() || replicaConnectTimeout.isZero()) {
            throw new IllegalArgumentException("athanor.replica-connect-timeout must be positive, got "
                    + replicaConnectTimeout);
        }
        this.replicaConnectTimeout = replicaConnectTimeout;
    }

    private static int notNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
        return value;
    }

    private static Duration notNegative(Duration value, String what) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
        return value;
    }

    /** One read replica. */
    public static class Replica {

        /** The replica's URL, in the same form as athanor.url (postgresql://user:pass@replica1:5432/db). */
        private String url;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = (url == null || url.isBlank()) ? null : url.trim();
        }
    }

    /**
     * Pool settings. Size, overflow, timeout, recycle and pre-ping apply when Athanor builds its
     * own pool from {@code athanor.url}; reset-on-return and the statement timeout apply to every pool.
     */
    public static class Pool {

        /** Connections kept open (SQLAlchemy pool_size). */
        private int size = 5;

        /** Extra connections allowed under load (SQLAlchemy max_overflow). */
        private int maxOverflow = 10;

        /** How long a checkout waits for a free connection (SQLAlchemy pool_timeout). */
        private Duration timeout = Duration.ofSeconds(30);

        /** Replace connections older than this (SQLAlchemy pool_recycle). */
        private Duration recycle;

        /** Test every connection before lending it (SQLAlchemy pool_pre_ping). */
        private boolean prePing;

        /**
         * What is done to a connection given back to the pool (SQLAlchemy reset_on_return):
         * rollback, or full to also clear session state set by SQL (PostgreSQL DISCARD ALL,
         * MariaDB connection reset) before the next holder sees it.
         */
        private ResetOnReturn resetOnReturn = ResetOnReturn.ROLLBACK;

        /**
         * How long one statement may run before it is cancelled (JDBC query timeout); on a pool
         * built from athanor.url the driver's socket timeout is also set from it, so a hung server
         * fails the statement instead of blocking it. Unset: no limit. About 30s suits a service.
         */
        private Duration statementTimeout;

        public int getSize() {
            return size;
        }

        public void setSize(int size) {
            this.size = notNegative(size, "athanor.pool.size");
        }

        public int getMaxOverflow() {
            return maxOverflow;
        }

        public void setMaxOverflow(int maxOverflow) {
            this.maxOverflow = notNegative(maxOverflow, "athanor.pool.max-overflow");
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = notNegative(timeout, "athanor.pool.timeout");
        }

        public Duration getRecycle() {
            return recycle;
        }

        public void setRecycle(Duration recycle) {
            this.recycle = notNegative(recycle, "athanor.pool.recycle");
        }

        public boolean isPrePing() {
            return prePing;
        }

        public void setPrePing(boolean prePing) {
            this.prePing = prePing;
        }

        public ResetOnReturn getResetOnReturn() {
            return resetOnReturn;
        }

        public void setResetOnReturn(ResetOnReturn resetOnReturn) {
            this.resetOnReturn = resetOnReturn;
        }

        public Duration getStatementTimeout() {
            return statementTimeout;
        }

        public void setStatementTimeout(Duration statementTimeout) {
            this.statementTimeout = notNegative(statementTimeout, "athanor.pool.statement-timeout");
        }
    }

    /** Defaults of every session the session factory opens. */
    public static class Session {

        /** Expire every loaded object on commit, so the next access reloads it. */
        private boolean expireOnCommit = true;

        /** Flush pending changes before each query, so queries see them. */
        private boolean autoflush = true;

        public boolean isExpireOnCommit() {
            return expireOnCommit;
        }

        public void setExpireOnCommit(boolean expireOnCommit) {
            this.expireOnCommit = expireOnCommit;
        }

        public boolean isAutoflush() {
            return autoflush;
        }

        public void setAutoflush(boolean autoflush) {
            this.autoflush = autoflush;
        }
    }

    /** What Athanor does to the database schema at startup. */
    public static class Schema {

        /** Schema action at startup: none, create, create-drop or validate. */
        private SchemaAction action = SchemaAction.NONE;

        public SchemaAction getAction() {
            return action;
        }

        public void setAction(SchemaAction action) {
            this.action = action;
        }
    }

    /** Web integration. */
    public static class Web {

        /**
         * Open one session per HTTP request, joined by every transaction of the request and
         * closed when it ends, so views can load lazy relationships. On by default in servlet
         * web applications.
         */
        private boolean sessionPerRequest = true;

        public boolean isSessionPerRequest() {
            return sessionPerRequest;
        }

        public void setSessionPerRequest(boolean sessionPerRequest) {
            this.sessionPerRequest = sessionPerRequest;
        }
    }

    /** Runtime checks that point at slow or wasteful database access. */
    public static class Diagnostics {

        /**
         * Log statements that take longer than this under athanor.engine.slow; 0 turns the log
         * off.
         */
        private Duration slowQueryThreshold = Duration.ofSeconds(1);

        /**
         * The N+1 detector: what to do when one relationship is lazily loaded more than the
         * threshold times in one session (off, warn or raise).
         */
        private NPlusOneMode nPlusOne = NPlusOneMode.WARN;

        /** Lazy loads of one relationship in one session that count as an N+1 pattern. */
        private int nPlusOneThreshold = 10;

        public Duration getSlowQueryThreshold() {
            return slowQueryThreshold;
        }

        public void setSlowQueryThreshold(Duration slowQueryThreshold) {
            this.slowQueryThreshold = notNegative(slowQueryThreshold, "athanor.diagnostics.slow-query-threshold");
        }

        public NPlusOneMode getNPlusOne() {
            return nPlusOne;
        }

        public void setNPlusOne(NPlusOneMode nPlusOne) {
            this.nPlusOne = nPlusOne;
        }

        public int getNPlusOneThreshold() {
            return nPlusOneThreshold;
        }

        public void setNPlusOneThreshold(int nPlusOneThreshold) {
            if (nPlusOneThreshold < 1) {
                throw new IllegalArgumentException("athanor.diagnostics.n-plus-one-threshold must be at least 1, got " + nPlusOneThreshold);
            }
            this.nPlusOneThreshold = nPlusOneThreshold;
        }
    }

    /** Schema actions at startup, as Hibernate's ddl-auto offers them. */
    public enum SchemaAction {
        /** Leave the schema alone. */
        NONE,
        /** Create missing tables, sequences and indexes. */
        CREATE,
        /** Create at startup, drop at shutdown. */
        CREATE_DROP,
        /** Compare mapped tables with the live schema and fail startup listing every difference. */
        VALIDATE
    }

    /** What the N+1 detector does when it finds one. */
    public enum NPlusOneMode {
        /** No detection. */
        OFF,
        /** Log a warning naming the relationship. */
        WARN,
        /** Throw, failing the request or test. */
        RAISE
    }
}
