package dev.athanor.orm;

/**
 * Session events, like SQLAlchemy's {@code before_flush} … {@code after_rollback}. Listeners run
 * on the session's thread; {@code beforeFlush} may still add, change or delete objects and the
 * flush includes them. Register with {@link SessionFactory#addListener}.
 */
public interface SessionListener {

    /** After the factory opened a session (before it is returned to the caller). */
    default void afterOpen(Session session) {
    }

    /** After a session was closed (once: closing a closed session fires nothing). */
    default void afterClose(Session session) {
    }

    /**
     * Before a lazy {@code SELECT} load of {@code relationship} on {@code owner} sends its SQL (a
     * getter of an unloaded relationship; eager strategies and loads answered from the identity map
     * fire nothing). The N+1 detector has already counted it and may have thrown instead.
     */
    default void lazyLoad(Session session, RelationshipProperty relationship, Object owner) {
    }

    /** Before a flush works out what to write; {@code session.newObjects()/dirty()/deleted()} tell what is pending. */
    default void beforeFlush(Session session) {
    }

    /** After a flush wrote its rows, before the objects' states are updated. */
    default void afterFlush(Session session) {
    }

    /** Before the outermost transaction commits (after its final flush). */
    default void beforeCommit(Session session) {
    }

    /** After the outermost transaction committed. */
    default void afterCommit(Session session) {
    }

    /** After a transaction (or savepoint) was rolled back. */
    default void afterRollback(Session session) {
    }
}
