package dev.athanor.exc;

/** The database could not do the work for operational reasons: connection lost or refused, authentication failed, timeout, deadlock. */
public class OperationalError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public OperationalError(Details details, Throwable cause) {
        super(details, cause);
    }
}
