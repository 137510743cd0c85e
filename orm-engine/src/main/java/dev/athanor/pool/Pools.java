package dev.athanor.pool;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.ArgumentError;
import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Creates the pool an engine asked for. */
public final class Pools {
    /**
     * The isolation level that is none: the driver commits each statement by itself (SQLAlchemy's
     * {@code isolation_level="AUTOCOMMIT"}, DBAPI autocommit).
     */
    public static final String AUTOCOMMIT = "AUTOCOMMIT";

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
     * @param isolationLevel {@code READ COMMITTED} etc., {@link #AUTOCOMMIT}, or {@code null} for the
     *     database default
     */
    public static Pool create(PoolClass poolClass, ConnectionFactory factory, PoolOptions options,
                              String isolationLevel, ListenerRegistry<PoolListener> listeners) {
        String level = normalizeIsolation(isolationLevel);
        return switch (poolClass) {
            case QUEUE -> new QueuePool(factory, options, level, listeners);
            case NULL -> new NullPool(factory, options, level, listeners);
            case STATIC -> new StaticPool(factory, options, level, listeners);
        };
    }

    /**
     * A pool that borrows from an application's DataSource, which keeps its own isolation level:
     * of the levels only {@link #AUTOCOMMIT} applies here.
     *
     * @throws ArgumentError for another level, which belongs in the DataSource's configuration
     */
    public static Pool wrap(DataSource dataSource, Dialect dialect, PoolOptions options, String isolationLevel,
                            ListenerRegistry<PoolListener> listeners) {
        String level = normalizeIsolation(isolationLevel);
        if (level != null && !level.equals(AUTOCOMMIT)) {
            throw new ArgumentError("isolationLevel " + level + " cannot be set by an engine over an application's"
                    + " DataSource: the DataSource's own pool sets it on its connections (for HikariCP:"
                    + " transactionIsolation=TRANSACTION_" + level.replace(' ', '_')
                    + ", spring.datasource.hikari.transaction-isolation in Spring Boot); only AUTOCOMMIT applies here");
        }
        return new DataSourcePool(dataSource, dialect, options, AUTOCOMMIT.equals(level), listeners);
    }

    /** Whether {@code isolationLevel} (as an engine's options give it) is {@link #AUTOCOMMIT}. */
    public static boolean isAutocommit(String isolationLevel) {
        return AUTOCOMMIT.equals(normalizeIsolation(isolationLevel));
    }

    /**
     * The level in the form this class names it ({@code read_committed}, {@code read-committed} →
     * {@code READ COMMITTED}),
     * or {@code null} for none.
     *
     * @throws ArgumentError naming the levels there are
     */
    static String normalizeIsolation(String level) {
        if (level == null) {
            return null;
        }
        String normalized = level.trim().replace('_', ' ').replace('-', ' ').toUpperCase(Locale.ROOT);
        if (!ISOLATION_LEVELS.containsKey(normalized) && !normalized.equals(AUTOCOMMIT)) {
            throw new ArgumentError("Unknown isolation level '" + level + "'; expected one of "
                    + new TreeSet<>(ISOLATION_LEVELS.keySet()) + " or " + AUTOCOMMIT);
        }
        return normalized;
    }

    /** The JDBC constant of a named level as {@link #normalizeIsolation} gives it, or {@code null} for none. */
    static Integer jdbcLevel(String normalized) {
        return normalized == null ? null : ISOLATION_LEVELS.get(normalized);
    }

    /**
     * Puts a fresh connection in the state the engine expects: auto-commit off (on for
     * {@link #AUTOCOMMIT}), the isolation level set when one is named.
     */
    static void prepare(Connection connection, String level) throws SQLException {
        connection.setAutoCommit(AUTOCOMMIT.equals(level));
        Integer isolation = jdbcLevel(level);
        if (isolation != null) {
            connection.setTransactionIsolation(isolation);
        }
    }
}
