package dev.athanor.pool;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.athanor.dialect.Dialect;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Borrows connections from an application's own {@link DataSource} (Spring Boot's HikariCP pool,
 * an application server's pool). The DataSource stays the owner: closing a connection returns it.
 * Since the DataSource opens physical connections itself, the dialect's per-connection setup runs
 * on the first checkout of each physical connection instead. Auto-commit is switched off while
 * Athanor holds a connection (on, for an engine in {@link Pools#AUTOCOMMIT} isolation) and restored
 * when it goes back.
 */
final class DataSourcePool extends AbstractPool {
    private final DataSource dataSource;
    private final ListenerRegistry<PoolListener> listeners;
    private final Map<Connection, Boolean> prepared = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Connection, Boolean> autoCommitBefore = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicInteger checkedOut = new AtomicInteger();
    /** The auto-commit mode Athanor works in: off, unless the engine's isolation level is AUTOCOMMIT. */
    private final boolean autoCommit;

    DataSourcePool(DataSource dataSource, Dialect dialect, PoolOptions options, boolean autoCommit,
                   ListenerRegistry<PoolListener> listeners) {
        super(dialect, options, listeners);
        this.dataSource = dataSource;
        this.autoCommit = autoCommit;
        this.listeners = listeners;
    }

    @Override
    protected Connection acquire() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            Connection physical = connection.isWrapperFor(Connection.class)
                    ? connection.unwrap(Connection.class) : connection;
            if (prepared.putIfAbsent(physical, Boolean.TRUE) == null) {
                dialect.onConnect(connection);
                listeners.fire(listener -> listener.connect(connection));
            }
            boolean before = connection.getAutoCommit();
            autoCommitBefore.put(connection, before);
            if (before != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
            checkedOut.incrementAndGet();
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    protected void release(Connection connection) throws SQLException {
        checkedOut.decrementAndGet();
        try {
            Boolean before = autoCommitBefore.remove(connection);
            if (before != null && before != autoCommit) {
                connection.setAutoCommit(before);
            }
        } finally {
            connection.close();
        }
    }

    @Override
    protected void discard(Connection connection) {
        checkedOut.decrementAndGet();
        autoCommitBefore.remove(connection);
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.evictConnection(connection);
        } else {
            closeQuietly(connection);
        }
    }

    /** Soft-evicts a HikariCP DataSource's connections; other DataSources keep their own policy. */
    @Override
    public void softInvalidateAll() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public PoolStatus status() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
            int size = hikari.getMinimumIdle();
            int active = bean.getActiveConnections();
            int idle = bean.getIdleConnections();
            return new PoolStatus(size, active, idle, active + idle - size, bean.getThreadsAwaitingConnection(),
                    hikari.getMaximumPoolSize());
        }
        int out = checkedOut.get();
        // HikariCP starts its pool on the first getConnection, but its configured maximum bounds it already
        // (an AsyncEngine made before that sizes its connection slots by it)
        int max = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : Integer.MAX_VALUE;
        return new PoolStatus(0, out, 0, out, 0, max);
    }

    /** The DataSource belongs to the application, which closes it. */
    @Override
    public void dispose() {
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return "DataSourcePool(" + dataSource + ")";
    }
}
