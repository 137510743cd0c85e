package dev.athanor.pool;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.ArgumentError;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** Creates the pool an engine asked for. */
public final class Pools {
    private static final Map<String, Integer> ISOLATION_LEVELS = Map.of(
            "READ UNCOMMITTED", Connection.TRANSACTION_READ_UNCOMMITTED,
            "READ COMMITTED", Connection.TRANSACTION_READ_COMMITTED,
            "REPEATABLE READ", Connection.TRANSACTION_REPEATABLE_READ,
            "SERIALIZABLE", Connection.TRANSACTION_SERIALIZABLE);

    private Pools() {
    }

    /**
     * A pool of the requested class over a connection factory.
     *
     * @param isolationLevel {@code READ COMMITTED} etc., or {@code null} for the database default
     */
    public static Pool create(PoolClass poolClass, ConnectionFactory factory, PoolOptions options,
                              String isolationLevel, ListenerRegistry<PoolListener> listeners) {
        String level = normalizeIsolation(isolationLevel);
        Integer jdbcLevel = level == null ? null : ISOLATION_LEVELS.get(level);
        return switch (poolClass) {
            case QUEUE -> new QueuePool(factory, options, level, listeners);
            case NULL -> new NullPool(factory, options, jdbcLevel, listeners);
            case STATIC -> new StaticPool(factory, options, jdbcLevel, listeners);
        };
    }

    /** A pool that borrows from an application's DataSource. */
    public static Pool wrap(DataSource dataSource, Dialect dialect, PoolOptions options,
                            ListenerRegistry<PoolListener> listeners) {
        return new DataSourcePool(dataSource, dialect, options, listeners);
    }

    private static String normalizeIsolation(String level) {
        if (level == null) {
            return null;
        }
        String normalized = level.trim().replace('_', ' ').toUpperCase(Locale.ROOT);
        if (!ISOLATION_LEVELS.containsKey(normalized)) {
            throw new ArgumentError("Unknown isolation level '" + level + "'; expected one of "
                    + ISOLATION_LEVELS.keySet());
        }
        return normalized;
    }

    /** Puts a fresh connection in the state the engine expects: auto-commit off, isolation set. */
    static void prepare(Connection connection, Integer isolation) throws SQLException {
        connection.setAutoCommit(false);
        if (isolation != null) {
            connection.setTransactionIsolation(isolation);
        }
    }
}
