package dev.athanor.exc;

/** The database does not support the feature the statement uses (SQLState class 0A). */
public class NotSupportedError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public NotSupportedError(Details details, Throwable cause) {
        super(details, cause);
    }
}
