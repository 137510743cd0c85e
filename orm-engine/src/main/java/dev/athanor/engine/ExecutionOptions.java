package dev.athanor.engine;

import dev.athanor.exc.ArgumentError;

/**
 * How a connection runs its statements, like SQLAlchemy's execution options:
 * {@code conn.executionOptions(ExecutionOptions.yieldPer(1000))} streams results through a
 * server-side cursor, 1000 rows per round trip, instead of buffering them.
 *
 * @param streamResults read rows from a live cursor instead of buffering them
 * @param yieldPer rows per round trip while streaming (0 = the driver's default)
 */
public record ExecutionOptions(boolean streamResults, int yieldPer) {

    /** Buffered results: the default. */
    public static final ExecutionOptions DEFAULTS = new ExecutionOptions(false, 0);

    public ExecutionOptions {
        if (yieldPer < 0) {
            throw new ArgumentError("yieldPer must not be negative, got " + yieldPer);
        }
    }

    /** Stream results with the driver's default fetch size. */
    public static ExecutionOptions streaming() {
        return new ExecutionOptions(true, 0);
    }

    /** Stream results, {@code rows} per round trip (implies {@code streamResults}). */
    public static ExecutionOptions yieldPer(int rows) {
        if (rows < 1) {
            throw new ArgumentError("yieldPer must be at least 1, got " + rows);
        }
        return new ExecutionOptions(true, rows);
    }
}
