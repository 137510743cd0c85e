package dev.athanor.exc;

/**
 * A session whose flush failed refuses further work until {@code rollback()} is called, so code
 * cannot carry on over a half-applied transaction; the failure that started it is the cause.
 */
public class PendingRollbackError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public PendingRollbackError(String message, Throwable cause) {
        super(message, cause);
    }
}
