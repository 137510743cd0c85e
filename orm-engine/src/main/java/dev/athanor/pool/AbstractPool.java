package dev.athanor.pool;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.TimeoutError;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every pool shares: firing checkout/checkin events, echo logging, and turning driver
 * errors raised while connecting into Athanor's exceptions.
 */
abstract class AbstractPool implements Pool {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.pool");

    protected final Dialect dialect;
    protected final PoolOptions options;
    private final ListenerRegistry<PoolListener> listeners;

    AbstractPool(Dialect dialect, PoolOptions options, ListenerRegistry<PoolListener> listeners) {
        this.dialect = dialect;
        this.options = options;
        this.listeners = listeners;
    }

    @Override
    public final Connection checkout() {
        Connection connection;
        try {
            connection = acquire();
        } catch (SQLException e) {
            throw translate(e);
        }
        if (!listeners.isEmpty()) {
            listeners.fire(listener -> listener.checkout(connection));
        }
        echo("Connection {} checked out from pool", connection);
        return connection;
    }

    @Override
    public final void checkin(Connection connection) {
        if (!listeners.isEmpty()) {
            listeners.fire(listener -> listener.checkin(connection));
        }
        echo("Connection {} being returned to pool", connection);
        if (options.resetOnReturn() == ResetOnReturn.FULL && !reset(connection)) {
            return;
        }
        try {
            release(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public final void invalidate(Connection connection) {
        echo("Invalidating connection {}", connection);
        LOG.debug("Discarding connection {} after a disconnect error", connection);
        discard(connection);
    }

    @Override
    public final ListenerRegistry<PoolListener> listeners() {
        return listeners;
    }

    /** Clears the session state of a returned connection; one that cannot be reset is discarded. */
    private boolean reset(Connection connection) {
        try {
            dialect.resetSession(connection);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Discarding connection {}: its session could not be reset", connection, e);
            discard(connection);
            return false;
        }
    }

    /** Takes a connection from the underlying pool, waiting at most the pool timeout. */
    protected abstract Connection acquire() throws SQLException;

    /** Gives a healthy connection back. */
    protected abstract void release(Connection connection) throws SQLException;

    /** Closes a broken connection and forgets it. */
    protected abstract void discard(Connection connection);

    /**
     * The error for a checkout that found no free connection in time, naming the limits this pool
     * really has ({@link #status()}), which need not be the configured {@link PoolOptions}.
     */
    protected final TimeoutError exhausted(Throwable cause) {
        PoolStatus status = status();
        return new TimeoutError(String.format(
                "%s limit of size %d overflow %d reached, connection timed out, timeout %.2f s."
                        + " Close connections you no longer need (try-with-resources), or raise"
                        + " poolSize / maxOverflow (%s)",
                getClass().getSimpleName(), status.size(), status.max() - status.size(),
                options.timeout().toMillis() / 1000.0, status), cause);
    }

    /** Wraps a driver error raised while connecting. */
    protected final DBAPIError translate(SQLException error) {
        boolean dead = dialect.isDisconnect(error);
        return dialect.translate(error, new DBAPIError.Details(null, null, error.getSQLState(),
                error.getErrorCode(), dead));
    }

    /** Quietly closes a connection that is being thrown away. */
    protected static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Error closing discarded connection", e);
        }
    }

    private void echo(String message, Connection connection) {
        if (options.echo()) {
            LOG.info(message, connection);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(message, connection);
        }
    }
}
