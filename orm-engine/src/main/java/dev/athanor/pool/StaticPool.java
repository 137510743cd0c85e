package dev.athanor.pool;

import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.InvalidRequestError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * One physical connection for the life of the engine, lent to one holder at a time. A private
 * in-memory database (SQLite {@code :memory:}) lives exactly as long as its connection, so every
 * checkout must see the same one; lending it exclusively keeps two holders from sharing one
 * transaction by accident.
 *
 * <p>A second checkout while the connection is out fails at once instead of waiting: the
 * connection cannot be shared, so waiting would only turn a program that needs two at once into
 * one that hangs for the pool timeout and then fails anyway.
 */
final class StaticPool extends AbstractPool {
    private final ConnectionFactory factory;
    /** One view for the pool's life, so a transaction bound to it is found again by JDBC code. */
    private final DataSource dataSource = new CheckoutDataSource(this);
    /** The normalized isolation level (see {@link Pools#prepare}), or {@code null}. */
    private final String isolation;
    private final Semaphore permit = new Semaphore(1);
    private Connection connection;

    StaticPool(ConnectionFactory factory, PoolOptions options, String isolation,
               ListenerRegistry<PoolListener> listeners) {
        super(factory.dialect(), options, listeners);
        this.factory = factory;
        this.isolation = isolation;
    }

    @Override
    protected Connection acquire() throws SQLException {
        if (!permit.tryAcquire()) {
            throw new InvalidRequestError("The one connection of " + factory.displayUrl()
                    + " is already checked out: a database that lives inside one connection (an"
                    + " in-memory SQLite database) gives its engine exactly one, lent to one holder at"
                    + " a time. Close the other Connection or Session first, or use a file database"
                    + " (sqlite:///app.db) for concurrent connections");
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
        return new PoolStatus(1, out, 1 - out, 0, 0, 1);
    }

    @Override
    public synchronized void dispose() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
        factory.dispose();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return "StaticPool(" + factory.displayUrl() + ")";
    }
}
