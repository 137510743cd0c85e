package dev.athanor.exc;

/** A constraint was violated: unique, foreign key, not null or check (SQLState class 23). */
public class IntegrityError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public IntegrityError(Details details, Throwable cause) {
        super(details, cause);
    }
}
