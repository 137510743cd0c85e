package dev.athanor.exc;

/**
 * The pool had no connection to give within {@code poolTimeout}; the message names the pool's
 * limits so the fix (a larger pool, or returning connections) is obvious.
 */
public class TimeoutError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public TimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
