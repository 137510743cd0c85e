package dev.athanor.pool;

import dev.athanor.event.ListenerRegistry;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Lends JDBC connections to an engine. The usual pool is HikariCP ({@link PoolClass#QUEUE});
 * {@link PoolClass#NULL} and {@link PoolClass#STATIC} serve scripts and in-memory databases, and
 * an application's own {@link DataSource} can stand in for all of them.
 *
 * <p>Connections are lent with auto-commit off: the engine begins transactions implicitly and
 * ends them explicitly, as SQLAlchemy 2.0 does; with auto-commit on only for an engine whose
 * isolation level is {@link Pools#AUTOCOMMIT}. A connection found dead must be handed back
 * through {@link #invalidate}, never {@link #checkin}, so no later checkout sees it.
 */
public interface Pool {

    /**
     * A connection for exclusive use until {@link #checkin} or {@link #invalidate}.
     *
     * @throws dev.athanor.exc.TimeoutError when none is free within the pool timeout
     * @throws dev.athanor.exc.DBAPIError when a new connection cannot be opened
     */
    Connection checkout();

    /** Returns a healthy connection to the pool. */
    void checkin(Connection connection);

    /** Discards a connection that is broken or in an unknown state; the pool replaces it. */
    void invalidate(Connection connection);

    /**
     * After a disconnect error: marks every connection the pool holds or has lent to be closed
     * instead of reused (idle ones at once, checked-out ones when they come back), since they most
     * likely lost their server too, so at most one operation fails; SQLAlchemy invalidates a
     * pool's older connections the same way. Pools that keep nothing for reuse do nothing.
     */
    default void softInvalidateAll() {
    }

    /** The pool's counters now. */
    PoolStatus status();

    /** Closes every connection; the pool cannot be used afterwards. */
    void dispose();

    /** Listeners for connect, checkout and checkin. */
    ListenerRegistry<PoolListener> listeners();

    /** The pool as a {@link DataSource}, for libraries that need one (Spring's JdbcTemplate). */
    DataSource dataSource();
}
