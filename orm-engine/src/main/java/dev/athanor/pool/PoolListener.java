package dev.athanor.pool;

import java.sql.Connection;

/**
 * Pool events, like SQLAlchemy's {@code connect}, {@code checkout} and {@code checkin}. Listeners
 * run on the thread that caused the event and must be quick; an exception from {@code connect}
 * fails the connection attempt.
 */
public interface PoolListener {

    /** A new physical connection was opened (once per connection, before first use). */
    default void connect(Connection connection) {
    }

    /** A connection was lent out of the pool. */
    default void checkout(Connection connection) {
    }

    /** A connection was returned to the pool. */
    default void checkin(Connection connection) {
    }
}
