package dev.athanor.orm;

/** Where an object stands with respect to a session, as SQLAlchemy's instance states. */
public enum ObjectState {
    /** Not in any session and never saved. */
    TRANSIENT,
    /** Added to a session; its INSERT has not been flushed. */
    PENDING,
    /** In a session's identity map with a row in the database (flushed or loaded). */
    PERSISTENT,
    /** Its DELETE was flushed; the transaction has not committed. */
    DELETED,
    /** Was persistent in a session that has since closed, expunged it, or committed its delete. */
    DETACHED
}
