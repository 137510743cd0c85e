package dev.athanor.pool;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link DataSource} view of a pool that has no DataSource of its own: each
 * {@code getConnection()} is a checkout, and closing the connection checks it back in instead of
 * closing the shared physical connection.
 */
final class CheckoutDataSource extends SimpleDataSource {
    private final Pool pool;

    CheckoutDataSource(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() {
        Connection physical = pool.checkout();
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (returned.compareAndSet(false, true)) {
                                if (!physical.getAutoCommit()) { // PostgreSQL's driver refuses a rollback in auto-commit
                                    physical.rollback();
                                }
                                pool.checkin(physical);
                            }
                            return null;
                        case "isClosed":
                            return returned.get() || physical.isClosed();
                        default:
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

}
