package dev.athanor.pool;

import dev.athanor.dialect.Dialect;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens physical connections for a pool: the JDBC URL with the dialect's and the user's driver
 * properties, then the dialect's per-connection setup, then the {@code connect} listeners. The
 * password lives only in the driver properties, never in a URL string that might be logged.
 */
public final class ConnectionFactory {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.pool");

    private final Dialect dialect;
    private final String jdbcUrl;
    private final Properties properties;
    private final String displayUrl;
    private final ListenerRegistry<PoolListener> listeners;
    private final String disposeStatement;
    private final AtomicBoolean disposed = new AtomicBoolean();

    /**
     * @param dialect the dialect whose {@code onConnect} prepares each connection
     * @param jdbcUrl the URL given to the driver (without credentials)
     * @param properties driver properties, including {@code user} and {@code password}
     * @param displayUrl the URL with its password masked, for error messages
     * @param listeners the pool's listeners, fired with {@code connect}
     * @param disposeStatement the SQL that ends a database living only as long as the engine
     *     ({@link Dialect#disposeStatement}), or {@code null}
     */
    public ConnectionFactory(Dialect dialect, String jdbcUrl, Properties properties, String displayUrl,
                             ListenerRegistry<PoolListener> listeners, String disposeStatement) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.properties = (Properties) properties.clone();
        this.displayUrl = displayUrl;
        this.listeners = listeners;
        this.disposeStatement = disposeStatement;
    }

    /** Opens and prepares a new physical connection. */
    public Connection connect() throws SQLException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new SQLException("Could not connect to " + displayUrl + ": " + e.getMessage(),
                    e.getSQLState(), e.getErrorCode(), e);
        }
        try {
            dialect.onConnect(connection);
            listeners.fire(listener -> listener.connect(connection));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Ends a database that lives only as long as the engine, once its pool is closed. The
     * statement runs on a bare driver connection: no dialect setup and no {@code connect}
     * event for a connection that exists only to end the database.
     */
    void dispose() {
        if (disposeStatement == null || !disposed.compareAndSet(false, true)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties);
             Statement statement = connection.createStatement()) {
            statement.execute(disposeStatement);
        } catch (SQLException e) {
            LOG.debug("Could not run '{}' on {} while disposing", disposeStatement, displayUrl, e);
        }
    }

    /** The dialect the connections are for. */
    public Dialect dialect() {
        return dialect;
    }

    /** The URL with its password masked. */
    public String displayUrl() {
        return displayUrl;
    }
}
