package dev.athanor.exc;

/**
 * An UPDATE or DELETE of a flushed object matched fewer rows than expected: another transaction
 * changed or deleted the row (optimistic locking with {@code @Version}), or it never existed.
 */
public class StaleDataError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public StaleDataError(String message) {
        super(message);
    }
}
