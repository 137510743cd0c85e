package dev.athanor.pool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Lends a pool's connections at another isolation level than the one the pool keeps them at, and
 * puts each back before it returns: what an engine made with {@code Engine.withIsolationLevel}
 * does, as SQLAlchemy's {@code engine.execution_options(isolation_level=…)}. Switching auto-commit
 * costs no round trip on the drivers here; a named level is read before it is changed (one query
 * on some drivers) so that the connection goes back exactly as it was.
 */
public final class IsolationSwitch {
    /** Whether the connections are lent in auto-commit mode. */
    private final boolean autocommit;
    /** The JDBC level to lend at, or {@code null} to leave it. */
    private final Integer level;
    /** The pool's own auto-commit mode. */
    private final boolean poolAutocommit;
    /** The level each lent connection had, where {@link #level} changed it. */
    private final Map<Connection, Integer> before = Collections.synchronizedMap(new WeakHashMap<>());

    private IsolationSwitch(boolean autocommit, Integer level, boolean poolAutocommit) {
        this.autocommit = autocommit;
        this.level = level;
        this.poolAutocommit = poolAutocommit;
    }

    /**
     * The switch from a pool kept at {@code poolLevel} to {@code wanted} (both as an engine's
     * options name them, {@code null} for the database's default), or {@code null} when they are
     * the same level and nothing needs switching.
     *
     * @throws dev.athanor.exc.ArgumentError for an unknown level
     */
    public static IsolationSwitch between(String poolLevel, String wanted) {
        String from = Pools.normalizeIsolation(poolLevel);
        String to = Pools.normalizeIsolation(wanted);
        if (java.util.Objects.equals(from, to)) {
            return null;
        }
        boolean toAutocommit = Pools.AUTOCOMMIT.equals(to);
        return new IsolationSwitch(toAutocommit, toAutocommit ? null : Pools.jdbcLevel(to),
                Pools.AUTOCOMMIT.equals(from));
    }

    /** Puts a connection just checked out at the lent level. */
    public void lend(Connection connection) throws SQLException {
        if (level != null) {
            before.put(connection, connection.getTransactionIsolation());
            connection.setTransactionIsolation(level);
        }
        if (autocommit != poolAutocommit) {
            connection.setAutoCommit(autocommit);
        }
    }

    /** Puts a connection about to go back to the pool at the pool's level. */
    public void giveBack(Connection connection) throws SQLException {
        if (autocommit != poolAutocommit) {
            connection.setAutoCommit(poolAutocommit);
        }
        Integer was = before.remove(connection);
        if (was != null) {
            connection.setTransactionIsolation(was);
        }
    }
}
