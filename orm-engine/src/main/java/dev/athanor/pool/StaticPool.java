package dev.athanor.pool;

import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * One physical connection for the life of the engine, lent to one holder at a time. Private
 * in-memory databases (H2 {@code mem:}, SQLite {@code :memory:}) live exactly as long as their
 * connection, so every checkout must see the same one; lending it exclusively keeps two holders
 * from sharing one transaction by accident. A second checkout waits up to the pool timeout.
 */
final class StaticPool extends AbstractPool {
    private final ConnectionFactory factory;
    private final Integer isolation;
    private final Semaphore permit = new Semaphore(1, true);
    private Connection connection;

    StaticPool(ConnectionFactory factory, PoolOptions options, Integer isolation,
               ListenerRegistry<PoolListener> listeners) {
        super(factory.dialect(), options, listeners);
        this.factory = factory;
        this.isolation = isolation;
    }

    @Override
    protected Connection acquire() throws SQLException {
        try {
            if (!permit.tryAcquire(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw exhausted(null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw exhausted(e);
        }
        try {
            synchronized (this) {
                if (connection == null || connection.isClosed()) {
                    connection = factory.connect();
                    Pools.prepare(connection, isolation);
                }
                return connection;
            }
        } catch (SQLException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    @Override
    protected void release(Connection lent) {
        permit.release();
    }

    @Override
    protected synchronized void discard(Connection lent) {
        closeQuietly(lent);
        connection = null;
        permit.release();
    }

    @Override
    public PoolStatus status() {
        int out = permit.availablePermits() == 0 ? 1 : 0;
        return new PoolStatus(1, out, 1 - out, 0, permit.getQueueLength(), 1);
    }

    @Override
    public synchronized void dispose() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    @Override
    public DataSource dataSource() {
        return new CheckoutDataSource(this);
    }

    @Override
    public String toString() {
        return "StaticPool(" + factory.displayUrl() + ")";
    }
}
