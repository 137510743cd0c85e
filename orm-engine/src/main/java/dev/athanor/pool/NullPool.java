package dev.athanor.pool;

import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** No pooling: each checkout opens a physical connection and each checkin closes it. */
final class NullPool extends AbstractPool {
    private final ConnectionFactory factory;
    /** One view for the pool's life, so a transaction bound to it is found again by JDBC code. */
    private final DataSource dataSource = new CheckoutDataSource(this);
    /** The normalized isolation level (see {@link Pools#prepare}), or {@code null}. */
    private final String isolation;
    private final AtomicInteger checkedOut = new AtomicInteger();

    NullPool(ConnectionFactory factory, PoolOptions options, String isolation,
             ListenerRegistry<PoolListener> listeners) {
        super(factory.dialect(), options, listeners);
        this.factory = factory;
        this.isolation = isolation;
    }

    @Override
    protected Connection acquire() throws SQLException {
        Connection connection = factory.connect();
        Pools.prepare(connection, isolation);
        checkedOut.incrementAndGet();
        return connection;
    }

    @Override
    protected void release(Connection connection) throws SQLException {
        checkedOut.decrementAndGet();
        connection.close();
    }

    @Override
    protected void discard(Connection connection) {
        checkedOut.decrementAndGet();
        closeQuietly(connection);
    }

    @Override
    public PoolStatus status() {
        int out = checkedOut.get();
        return new PoolStatus(0, out, 0, out, 0, Integer.MAX_VALUE);
    }

    @Override
    public void dispose() {
        factory.dispose();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return "NullPool(" + factory.displayUrl() + ")";
    }
}
