package dev.athanor.engine;

/** Where a result's rows come from: a buffer, or a live JDBC result set. */
interface RowCursor {

    /** The next row, or {@code null} when exhausted. */
    Row next();

    /**
     * Hands up to {@code max} next rows to {@code each}; returns how many, fewer than {@code max}
     * only when the rows ran out (or the cursor was closed). A cursor may hand over one
     * {@code Row} whose values it replaces with each row's (see {@link Result#forEachRow}).
     */
    default int forEach(int max, java.util.function.Consumer<Row> each) {
        int count = 0;
        Row row;
        while (count < max && (row = next()) != null) {
            each.accept(row);
            count++;
        }
        return count;
    }

    /** Releases what the cursor holds; further {@code next} calls return null. */
    void close();

    /** Sets how many rows the driver fetches per round trip (streamed cursors only). */
    default void fetchSize(int size) {
    }

    /** How many rows are left to read when the cursor is buffered, else -1. */
    default int remaining() {
        return -1;
    }

    /** The rows fetched per round trip, or 0 when the cursor is buffered. */
    default int fetchSize() {
        return 0;
    }
}
