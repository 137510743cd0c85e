package dev.athanor.engine;

import dev.athanor.exc.DBAPIError;

/**
 * Engine events around each statement, like SQLAlchemy's {@code before_cursor_execute},
 * {@code after_cursor_execute} and {@code handle_error}. Listeners run on the executing thread;
 * keep them quick. Metrics, slow-query logs and test recorders are built on this.
 */
public interface ExecutionListener {

    /** Called just before the statement is sent. */
    default void beforeExecute(ExecutionContext context) {
    }

    /**
     * Called after the statement ran (rows of a streamed result may still be unread).
     *
     * @param elapsedNanos time spent in the driver
     * @param rowCount rows matched by DML, or -1
     */
    default void afterExecute(ExecutionContext context, long elapsedNanos, long rowCount) {
    }

    /** Called when the driver raised an error, after it was wrapped. */
    default void onError(ExecutionContext context, DBAPIError error) {
    }
}
