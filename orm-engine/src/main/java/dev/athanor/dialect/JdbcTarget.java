package dev.athanor.dialect;

import java.util.Map;

/**
 * Where a dialect should connect, as parsed from an Athanor URL; the dialect turns it into a JDBC
 * URL. Credentials travel separately, never inside the JDBC URL.
 *
 * @param driver the {@code +driver} part of the URL, or {@code null}
 * @param host the host name, or {@code null} for file and in-memory databases
 * @param port the port, or {@code null} for the default
 * @param database the database name or path ({@code :memory:} for in-memory)
 * @param options the query string, passed to the driver as properties
 */
public record JdbcTarget(String driver, String host, Integer port, String database,
                         Map<String, String> options) {

    public JdbcTarget {
        options = Map.copyOf(options);
    }

    /** {@code host:port} for a server database, with localhost and the default port filled in. */
    public String hostAndPort(int defaultPort) {
        return (host == null ? "localhost" : host) + ":" + (port == null ? defaultPort : port);
    }

    /** Whether the URL names a private in-memory database. */
    public boolean inMemory() {
        return database == null || database.isEmpty() || database.equals(":memory:");
    }
}
