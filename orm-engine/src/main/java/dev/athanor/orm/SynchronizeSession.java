package dev.athanor.orm;

/**
 * How an ORM-enabled {@code UPDATE} or {@code DELETE} run through a session keeps the objects the
 * session already holds in step with the rows it changed, as SQLAlchemy's
 * {@code synchronize_session} execution option.
 */
public enum SynchronizeSession {
    /** {@link #EVALUATE} when the WHERE clause can be evaluated in Java, else {@link #FETCH}. */
    AUTO,
    /**
     * Evaluates the WHERE clause against the objects in the session (comparisons of attributes
     * with values, AND, OR); fails for conditions it cannot evaluate, naming them.
     */
    EVALUATE,
    /** Selects the primary keys the WHERE clause matches before running the statement. */
    FETCH,
    /** Leaves the objects as they are; they may show stale values until refreshed or expired. */
    NONE
}
