package dev.athanor.exc;

/**
 * The database is in a state it cannot run the statement in: a transaction aborted by an earlier
 * error (PostgreSQL 25P02), an invalid transaction state, or an internal server error.
 */
public class InternalError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public InternalError(Details details, Throwable cause) {
        super(details, cause);
    }
}
