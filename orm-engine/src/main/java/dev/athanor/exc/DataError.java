package dev.athanor.exc;

/** A value did not fit its column: too long, out of range, invalid format (SQLState class 22). */
public class DataError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public DataError(Details details, Throwable cause) {
        super(details, cause);
    }
}
