package dev.athanor.pool;

import dev.athanor.dialect.Dialect;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens physical connections for a pool: the JDBC URL with the dialect's and the user's driver
 * properties, then the dialect's per-connection setup, then the {@code connect} listeners. The
 * password lives only in the driver properties, never in a URL string that might be logged.
 */
public final class ConnectionFactory {
    private final Dialect dialect;
    private final String jdbcUrl;
    private final Properties properties;
    private final String displayUrl;
    private final ListenerRegistry<PoolListener> listeners;

    /**
     * @param dialect the dialect whose {@code onConnect} prepares each connection
     * @param jdbcUrl the URL given to the driver (without credentials)
     * @param properties driver properties, including {@code user} and {@code password}
     * @param displayUrl the URL with its password masked, for error messages
     * @param listeners the pool's listeners, fired with {@code connect}
     */
    public ConnectionFactory(Dialect dialect, String jdbcUrl, Properties properties, String displayUrl,
                             ListenerRegistry<PoolListener> listeners) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.properties = (Properties) properties.clone();
        this.displayUrl = displayUrl;
        this.listeners = listeners;
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

    /** The dialect the connections are for. */
    public Dialect dialect() {
        return dialect;
    }

    /** The URL with its password masked. */
    public String displayUrl() {
        return displayUrl;
    }
}
