package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.pool.ConnectionFactory;
import dev.athanor.pool.IsolationSwitch;
import dev.athanor.pool.Pool;
import dev.athanor.pool.PoolClass;
import dev.athanor.pool.PoolListener;
import dev.athanor.pool.PoolStatus;
import dev.athanor.pool.Pools;
import dev.athanor.schema.DdlExecutor;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.SchemaBind;
import dev.athanor.sql.compiler.CompileCache;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The starting point for any database work, like SQLAlchemy's {@code Engine}: a dialect, a
 * connection pool and a compile cache. Create one per database per application (through
 * {@code Athanor.createEngine}) and share it; it is thread-safe. {@link #dispose()} closes the
 * pool.
 */
public final class Engine implements AutoCloseable, SchemaBind {
    private final Url url;
    private final Dialect dialect;
    private final Pool pool;
    private final EngineOptions options;
    private final CompileCache<StatementPlan> compileCache;
    private final ListenerRegistry<ExecutionListener> executionListeners;
    private final String description;
    /** Where read-only connections come from; {@code null} without replicas. */
    private final ReplicaRouter replicas;
    private final boolean replica;
    /** Whether the isolation level is AUTOCOMMIT: the driver commits each statement itself. */
    private final boolean autocommit;
    /** The isolation level the pool keeps its connections at (as the options name it). */
    private final String poolLevel;
    /** For an engine made by {@link #withIsolationLevel}: how its connections are switched; else {@code null}. */
    private final IsolationSwitch lending;
    /** Whether disposing this engine disposes the pool (not for one made by {@link #withIsolationLevel}). */
    private final boolean ownsPool;

    private Engine(Url url, Dialect dialect, Pool pool, EngineOptions options,
                   ListenerRegistry<ExecutionListener> executionListeners, String description,
                   ReplicaRouter replicas, boolean replica) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
        this.options = options;
        this.compileCache = new CompileCache<>(options.compileCacheSize());
        this.executionListeners = executionListeners;
        this.description = description;
        this.replicas = replicas;
        this.replica = replica;
        this.autocommit = Pools.isAutocommit(options.isolationLevel());
        this.poolLevel = options.isolationLevel();
        this.lending = null;
        this.ownsPool = true;
    }

    /** An engine over {@code base}'s pool whose connections are lent at {@code options}' isolation level. */
    private Engine(Engine base, EngineOptions options) {
        this.url = base.url;
        this.dialect = base.dialect;
        this.pool = base.pool;
        this.options = options;
        this.compileCache = base.compileCache;
        this.executionListeners = base.executionListeners;
        this.description = base.description + ", isolation level " + options.isolationLevel();
        this.replicas = base.replicas;
        this.replica = base.replica;
        this.autocommit = Pools.isAutocommit(options.isolationLevel());
        this.poolLevel = base.poolLevel;
        this.lending = IsolationSwitch.between(poolLevel, options.isolationLevel());
        this.ownsPool = false;
    }

    /**
     * An engine that shares this one's pool, compiled statements, listeners and replicas, and
     * lends its connections at another isolation level: switched when lent, switched back before
     * they return to the pool. SQLAlchemy's {@code engine.execution_options(isolation_level=…)};
     * the usual use is {@code engine.withIsolationLevel("AUTOCOMMIT")} for a session factory that
     * only reads, beside the engine's transactional one (see {@link #isAutocommit()}). Replicas keep
     * their own level. Disposing the returned engine leaves the shared pool alone.
     *
     * @param isolationLevel a level {@link EngineOptions.Builder#isolationLevel} takes, or {@code null}
     *     for the database's default
     * @throws ArgumentError for an unknown level
     */
    public Engine withIsolationLevel(String isolationLevel) {
        return new Engine(this, options.withIsolationLevel(isolationLevel));
    }

    /**
     * An engine for a URL: the dialect is chosen by the URL's scheme (or JDBC prefix), and the pool
     * by the options — static for databases that live inside one connection (SQLite
     * {@code :memory:}), HikariCP otherwise (H2 {@code :memory:} included: see the H2 dialect).
     *
     * <p>With {@link EngineOptions.Builder#replicas replicas}, each replica gets an engine of its
     * own (same options, own pool) sharing this engine's execution listeners, and
     * {@link #connectReadOnly()} reads from them.
     *
     * @throws ArgumentError for an unknown dialect, a malformed URL or a missing JDBC driver
     */
    public static Engine create(Url url, EngineOptions options) {
        ListenerRegistry<ExecutionListener> executionListeners = new ListenerRegistry<>();
        ReplicaRouter router = null;
        if (!options.replicas().urls().isEmpty()) {
            EngineOptions replicaOptions = options.forReplica();
            router = new ReplicaRouter(options.replicas().urls().stream()
                    .map(replicaUrl -> create(replicaUrl, replicaOptions, executionListeners, null, true))
                    .toList(), options.replicas());
        }
        return create(url, options, executionListeners, router, false);
    }

    private static Engine create(Url url, EngineOptions options, ListenerRegistry<ExecutionListener> executionListeners,
                                 ReplicaRouter router, boolean replica) {
        Dialect dialect = (url.isJdbc() ? Dialects.forJdbcUrl(url.jdbcUrl()) : Dialects.forScheme(url.scheme()))
                .configure(url.query());
        requireDriver(dialect);
        String jdbcUrl = url.isJdbc() ? url.jdbcUrl() : dialect.jdbcUrl(url.toJdbcTarget());
        Properties properties = new Properties();
        properties.putAll(dialect.driverProperties());
        if (options.statementTimeout() != null) {
            properties.putAll(dialect.timeoutProperties(options.statementTimeout()));
        }
        properties.putAll(url.query());
        dialect.dialectOptions().forEach(properties::remove);
        properties.putAll(options.connectArgs());
        if (url.username() != null) {
            properties.setProperty("user", url.username());
        }
        if (url.password() != null) {
            properties.setProperty("password", url.password());
        }
        PoolClass poolClass = options.pool().poolClass();
        if (poolClass == null) {
            poolClass = !url.isJdbc() && dialect.isPrivateInMemory(url.toJdbcTarget()) ? PoolClass.STATIC : PoolClass.QUEUE;
        }
        ListenerRegistry<PoolListener> poolListeners = new ListenerRegistry<>();
        String disposeStatement = url.isJdbc() ? null : dialect.disposeStatement(url.toJdbcTarget());
        ConnectionFactory factory = new ConnectionFactory(dialect, jdbcUrl, properties, url.toString(), poolListeners,
                disposeStatement);
        Pool pool = Pools.create(poolClass, factory, options.pool(), options.isolationLevel(), poolListeners);
        return new Engine(url, dialect, pool, options, executionListeners,
                replica ? "replica " + url : url.toString(), router, replica);
    }

    /**
     * An engine over an application's own DataSource (its pool stays in charge). Pool options
     * other than the timeout message do not apply, nor do isolation levels other than
     * {@code AUTOCOMMIT}: those belong in the DataSource's configuration.
     *
     * @throws ArgumentError for such an isolation level, saying where to set it
     */
    public static Engine create(DataSource dataSource, Dialect dialect, EngineOptions options) {
        Pool pool = Pools.wrap(dataSource, dialect, options.pool(), options.isolationLevel(), new ListenerRegistry<>());
        return new Engine(null, dialect, pool, options, new ListenerRegistry<>(),
                dialect.name() + " DataSource " + dataSource.getClass().getSimpleName(), null, false);
    }

    private static void requireDriver(Dialect dialect) {
        try {
            Class.forName(dialect.driverClassName(), false, Engine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ArgumentError("The " + dialect.name() + " dialect needs the JDBC driver "
                    + dialect.driverClassName() + ", which is not on the classpath; add the dependency "
                    + dialect.driverArtifact(), e);
        }
    }

    /** A connection from the pool; close it to give it back. */
    public Connection connect() {
        return new Connection(this, checkout());
    }

    /** A JDBC connection from the pool at this engine's isolation level. */
    java.sql.Connection checkout() {
        java.sql.Connection jdbc = pool.checkout();
        if (lending != null) {
            try {
                lending.lend(jdbc);
            } catch (SQLException e) {
                pool.invalidate(jdbc); // in an unknown state: no other borrower gets it
                throw dialect.translate(e, new dev.athanor.exc.DBAPIError.Details("SET ISOLATION LEVEL", null,
                        e.getSQLState(), e.getErrorCode(), false));
            }
        }
        return jdbc;
    }

    /** Gives a healthy JDBC connection back, at the pool's own level again. */
    void checkin(java.sql.Connection jdbc) {
        if (lending != null) {
            try {
                lending.giveBack(jdbc);
            } catch (SQLException e) {
                pool.invalidate(jdbc); // it could not be put back as the pool keeps connections
                return;
            }
        }
        pool.checkin(jdbc);
    }

    /**
     * A connection for read-only work: from a replica chosen round-robin among the healthy ones,
     * or from the primary when the engine has none or none can serve (unreachable, or lagging
     * more than {@code maxReplicaLag}). A write on a replica's connection fails with an error that
     * names the routing.
     */
    public Connection connectReadOnly() {
        Connection connection = connectReplica();
        return connection != null ? connection : connect();
    }

    /** A connection on a healthy replica, or {@code null} without replicas or when none can serve. */
    Connection connectReplica() {
        return replicas == null ? null : replicas.connect();
    }

    /**
     * Runs work in a transaction, like SQLAlchemy's {@code with engine.begin() as conn}: commits
     * when the work returns, rolls back when it throws, and returns the work's result. In
     * {@code AUTOCOMMIT} isolation each statement has committed as it ran, so a throw undoes nothing.
     *
     * <pre>{@code
     * engine.transaction(conn -> conn.execute(insert(users), rows));
     * }</pre>
     */
    public <R> R transaction(Function<Connection, R> work) {
        try (Connection connection = connect()) {
            Transaction transaction = connection.begin();
            R result;
            try {
                result = work.apply(connection);
            } catch (RuntimeException | Error e) {
                rollbackAfter(transaction, e);
                throw e;
            }
            transaction.commit();
            return result;
        }
    }

    /** Runs work that returns nothing in a transaction: commit on return, rollback on throw. */
    public void transactionWithoutResult(Consumer<Connection> work) {
        transaction(connection -> {
            work.accept(connection);
            return null;
        });
    }

    /**
     * Runs schema work ({@code metadata.createAll(engine)}) on one connection in one transaction,
     * committed at the end; on databases with transactional DDL a failure undoes all of it (not
     * in {@code AUTOCOMMIT} isolation, where each statement commits as it runs).
     */
    @Override
    public void runDdl(Consumer<DdlExecutor> work) {
        transactionWithoutResult(connection -> connection.runDdl(work));
    }

    /** Reflection of the live database; each call borrows a pooled connection. */
    public Inspector inspector() {
        return DatabaseInspector.of(this);
    }

    private static void rollbackAfter(Transaction transaction, Throwable failure) {
        try {
            transaction.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** The engines of this engine's read replicas, in the configured order; empty without replicas. */
    public List<Engine> replicas() {
        return replicas == null ? List.of() : replicas.engines();
    }

    /** Each replica's health as last seen by read-only checkouts, in the configured order; empty without replicas. */
    public List<ReplicaStatus> replicaStatus() {
        return replicas == null ? List.of() : replicas.status();
    }

    /**
     * Connects to each replica now (those left out after a failure too, each within
     * {@code replicaConnectTimeout}) and measures its lag where the dialect can: for health
     * checks. What it finds routes the next read-only checkouts as well.
     */
    public List<ReplicaStatus> checkReplicas() {
        return replicas == null ? List.of() : replicas.check();
    }

    /** Whether this engine serves a read replica (its connections are read-only). */
    public boolean isReplica() {
        return replica;
    }

    /**
     * Whether the engine's isolation level is {@code AUTOCOMMIT} (SQLAlchemy's DBAPI autocommit):
     * each statement commits by itself, {@code commit()} and {@code rollback()} send nothing, and
     * a SAVEPOINT cannot be begun. For read-only work, where it saves the COMMIT round trip of
     * every transaction; writes are not atomic in it.
     */
    public boolean isAutocommit() {
        return autocommit;
    }

    /** Turns a write refused by a replica into an error that says how the work got there. */
    void rejectWriteOnReplica(SQLException error, String sql) {
        if (replica && dialect.isReadOnlyViolation(error)) {
            throw new InvalidRequestError("The statement was sent to read replica " + url + " because its connection"
                    + " was opened read-only (engine.connectReadOnly(), a query with ReadOnlyOption.readOnly(), a"
                    + " session reading from replicas or a @Transactional(readOnly = true) transaction), and a"
                    + " replica refuses writes; run writes on a connection from engine.connect() so they go to"
                    + " the primary [SQL: " + sql + "]", error);
        }
    }

    /** The URL, password masked by its {@code toString}; {@code null} for a DataSource engine. */
    public Url url() {
        return url;
    }

    /** The database dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The connection pool. */
    public Pool pool() {
        return pool;
    }

    /** The pool's counters now ({@code size}, {@code checkedOut}, {@code overflow}, {@code checkedIn}). */
    public PoolStatus poolStatus() {
        return pool.status();
    }

    /** The options the engine was created with. */
    public EngineOptions options() {
        return options;
    }

    /** The cache of compiled statements, with its hit and miss counts. */
    public CompileCache<?> compileCache() {
        return compileCache;
    }

    CompileCache<StatementPlan> plans() {
        return compileCache;
    }

    ListenerRegistry<ExecutionListener> executionListeners() {
        return executionListeners;
    }

    /** Registers a listener for statement execution. */
    public ListenerRegistry.Registration addExecutionListener(ExecutionListener listener) {
        return executionListeners.add(listener);
    }

    /** Registers a listener for pool events (connect, checkout, checkin). */
    public ListenerRegistry.Registration addPoolListener(PoolListener listener) {
        return pool.listeners().add(listener);
    }

    /**
     * Closes every pooled connection; connections still checked out close when returned. A
     * database that lives only as long as the engine (H2 {@code h2:///:memory:}) is dropped. An
     * engine made by {@link #withIsolationLevel} leaves the pool it shares alone.
     */
    public void dispose() {
        if (ownsPool) {
            pool.dispose();
            replicas().forEach(Engine::dispose);
        }
    }

    /** Same as {@link #dispose()}. */
    @Override
    public void close() {
        dispose();
    }

    /** {@code Engine(postgresql://scott:***@localhost:5432/mydb)}: never shows a password. */
    @Override
    public String toString() {
        return "Engine(" + description + ")";
    }
}
