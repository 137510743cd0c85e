package dev.athanor.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.athanor.dialect.Dialect;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.TimeoutError;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * SQLAlchemy's QueuePool on HikariCP. Options map as DESIGN.md decides: {@code size} →
 * {@code minimumIdle}, {@code size + maxOverflow} → {@code maximumPoolSize}, {@code timeout} →
 * {@code connectionTimeout}, {@code recycle} → {@code maxLifetime}.
 *
 * <p>HikariCP already tests a connection that sat idle for more than half a second before lending
 * it; {@code prePing} makes that test unconditional, which is what SQLAlchemy's
 * {@code pool_pre_ping} promises. The pool never connects at construction
 * ({@code initializationFailTimeout = -1}), so an engine can be created while its database is
 * down; the first checkout reports the failure.
 */
final class QueuePool extends AbstractPool {
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();
    /** HikariCP refuses a {@code maxLifetime} below 30 seconds. */
    private static final long MIN_LIFETIME_MS = 30_000;

    private final ConnectionFactory factory;
    private final HikariDataSource hikari;

    QueuePool(ConnectionFactory factory, PoolOptions options, String isolationLevel,
              ListenerRegistry<PoolListener> listeners) {
        super(factory.dialect(), options, listeners);
        this.factory = factory;
        HikariConfig config = new HikariConfig();
        config.setPoolName("athanor-" + POOL_NUMBER.incrementAndGet());
        config.setDataSource(new FactoryDataSource(factory));
        config.setMinimumIdle(options.size());
        config.setMaximumPoolSize(options.maxConnections());
        config.setConnectionTimeout(Math.max(250, options.timeout().toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(5_000, options.timeout().toMillis())));
        if (options.recycle() != null) {
            config.setMaxLifetime(Math.max(MIN_LIFETIME_MS, options.recycle().toMillis()));
        }
        config.setAutoCommit(Pools.AUTOCOMMIT.equals(isolationLevel));
        config.setInitializationFailTimeout(-1);
        if (isolationLevel != null && !Pools.AUTOCOMMIT.equals(isolationLevel)) {
            config.setTransactionIsolation("TRANSACTION_" + isolationLevel.replace(' ', '_'));
        }
        this.hikari = new HikariDataSource(config);
    }

    @Override
    protected Connection acquire() throws SQLException {
        int attempts = options.maxConnections() + 1;
        while (true) {
            Connection connection;
            try {
                connection = hikari.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (e.getCause() instanceof SQLException connectFailure) {
                    throw connectFailure;
                }
                throw status().checkedOut() < options.maxConnections() ? connectTimedOut(e) : exhausted(e);
            }
            if (!options.prePing() || connection.isValid(validationSeconds()) || --attempts == 0) {
                return connection;
            }
            hikari.evictConnection(connection);
        }
    }

    /** The pool had room for a connection, but opening one did not finish in time: the server did not answer. */
    private TimeoutError connectTimedOut(Throwable cause) {
        return new TimeoutError(String.format("No connection within poolTimeout %.2f s: none was free and the"
                + " database did not answer a new connection in time; it may be down, hung or unreachable (%s)",
                options.timeout().toMillis() / 1000.0, status()), cause);
    }

    private int validationSeconds() {
        return (int) Math.max(1, Math.min(5, options.timeout().toSeconds()));
    }

    @Override
    protected void release(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    protected void discard(Connection connection) {
        hikari.evictConnection(connection);
    }

    /** HikariCP's soft eviction: idle connections close now, borrowed ones when returned. */
    @Override
    public void softInvalidateAll() {
        HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
        if (bean != null) {
            bean.softEvictConnections();
        }
    }

    @Override
    public PoolStatus status() {
        HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
        int active = bean == null ? 0 : bean.getActiveConnections();
        int idle = bean == null ? 0 : bean.getIdleConnections();
        int waiting = bean == null ? 0 : bean.getThreadsAwaitingConnection();
        return new PoolStatus(options.size(), active, idle, active + idle - options.size(), waiting,
                options.maxConnections());
    }

    @Override
    public void dispose() {
        hikari.close();
        factory.dispose();
    }

    @Override
    public DataSource dataSource() {
        return hikari;
    }

    @Override
    public String toString() {
        return "QueuePool(" + hikari.getPoolName() + ")";
    }

    /** Lets HikariCP open connections through the factory, so dialect setup and events run. */
    private static final class FactoryDataSource extends SimpleDataSource {
        private final ConnectionFactory factory;

        FactoryDataSource(ConnectionFactory factory) {
            this.factory = factory;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return factory.connect();
        }
    }
}
