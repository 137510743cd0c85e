package dev.athanor.engine;

import dev.athanor.exc.ResourceClosedError;
import java.util.List;

/**
 * The outcome of executing a statement, like SQLAlchemy's {@code CursorResult}: rows to fetch
 * (iterate, {@link #all()}, {@link #first()}, {@link #one()}, {@link #scalar()}, …) and the number
 * of rows a DML statement matched ({@link #rowCount()}).
 *
 * <p>Rows are buffered when the statement ran, unless the connection streams results
 * ({@link ExecutionOptions#yieldPer}); then they are read from a server-side cursor as they are
 * fetched, and the cursor closes when the rows run out, when the result is closed, or when the
 * transaction ends.
 */
public final class Result extends FilterResult<Row> {
    private final ResultMetadata metadata;
    private final RowCursor cursor;
    private final long rowCount;
    private boolean exhausted;
    private boolean closed;

    private Result(ResultMetadata metadata, RowCursor cursor, long rowCount) {
        this.metadata = metadata;
        this.cursor = cursor;
        this.rowCount = rowCount;
    }

    /** A result with rows. */
    static Result ofRows(ResultMetadata metadata, RowCursor cursor) {
        return new Result(metadata, cursor, -1);
    }

    /** A result of a statement that returned no rows (DML, DDL). */
    static Result ofRowCount(long rowCount) {
        Result result = new Result(null, null, rowCount);
        result.exhausted = true;
        result.closed = true;
        return result;
    }

    /** Whether the statement produced rows (a query, or DML with RETURNING). */
    public boolean returnsRows() {
        return metadata != null;
    }

    /**
     * How many rows a DML statement matched (for an executemany, the total), or -1 when the
     * statement returned rows or the driver did not say.
     */
    public long rowCount() {
        return rowCount;
    }

    /**
     * How many rows are still to be fetched from a buffered result (all of them before the first
     * fetch), or -1 when the result streams from a cursor or has no rows to fetch. Lets a consumer
     * size what it fills from the rows once.
     */
    public int bufferedRowCount() {
        return cursor == null || exhausted ? -1 : cursor.remaining();
    }

    /** The column keys of the rows. */
    public List<String> keys() {
        requireRows();
        return metadata.keys();
    }

    /** Drops rows already seen (SQLAlchemy's {@code unique()}); returns this result. */
    public Result unique() {
        enableUnique();
        return this;
    }

    /** The values of the first column of each row. */
    public <T> ScalarResult<T> scalars() {
        return scalars(0);
    }

    /** The values of one column of each row. */
    public <T> ScalarResult<T> scalars(int index) {
        requireRows();
        return new ScalarResult<>(this, index);
    }

    /** The rows as maps from key to value. */
    public MappingResult mappings() {
        requireRows();
        return new MappingResult(this);
    }

    /** The first column of the first row, or {@code null}; the result is closed. */
    @SuppressWarnings("unchecked")
    public <T> T scalar() {
        Row row = first();
        return row == null ? null : (T) row.get(0);
    }

    /** The first column of exactly one row ({@code NoResultFound} / {@code MultipleResultsFound}). */
    @SuppressWarnings("unchecked")
    public <T> T scalarOne() {
        return (T) one().get(0);
    }

    /** The first column of one row, or {@code null} when there is none. */
    @SuppressWarnings("unchecked")
    public <T> T scalarOneOrNone() {
        Row row = oneOrNone();
        return row == null ? null : (T) row.get(0);
    }

    /** Fetch {@code size} rows at a time from the cursor from now on (streamed results). */
    public Result yieldPer(int size) {
        requireRows();
        cursor.fetchSize(size);
        return this;
    }

    /**
     * Hands the next rows, up to {@code max}, one at a time to {@code each}; returns how many,
     * {@code 0} once the rows ran out. The {@code Row} handed over is one object whose values are
     * replaced by each next row's: {@code each} reads what it needs during the call and keeps no
     * row. {@code each} may close the result to stop early. That is how the ORM loads a streamed query's objects without an
     * object per row that it would drop at once. Not with {@link #unique()}, which keeps rows.
     */
    public int forEachRow(int max, java.util.function.Consumer<Row> each) {
        if (closed) {
            requireRows();
            throw new ResourceClosedError("This result object is closed.");
        }
        if (isUnique()) {
            throw new dev.athanor.exc.InvalidRequestError("forEachRow hands over rows that are not kept; a unique()"
                    + " result compares every row with those before it: iterate it instead");
        }
        if (exhausted) {
            return 0;
        }
        int count = cursor.forEach(max, each);
        if (count < max) {
            exhausted = true;
            cursor.close();
        }
        return count;
    }

    /** The values in chunks of the connection's {@code yieldPer} size. */
    public Iterable<List<Row>> partitions() {
        return partitions(cursor == null || cursor.fetchSize() <= 0 ? 1000 : cursor.fetchSize());
    }

    /**
     * Running out of rows closes the cursor softly: further fetches return nothing, as in
     * SQLAlchemy. Fetching after an explicit {@link #close()} (or {@code first()}, {@code one()})
     * is an error.
     */
    @Override
    Row nextRow() {
        if (closed) {
            requireRows();
            throw new ResourceClosedError("This result object is closed.");
        }
        if (exhausted) {
            return null;
        }
        Row row = cursor.next();
        if (row == null) {
            exhausted = true;
            cursor.close();
        }
        return row;
    }

    @Override
    Row project(Row row) {
        return row;
    }

    /** Whether the rows are used up or the result was closed. */
    public boolean isClosed() {
        return closed || exhausted;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cursor.close();
        }
    }

    private void requireRows() {
        if (metadata == null) {
            throw new ResourceClosedError(
                    "This result object does not return rows. It has been closed automatically.");
        }
    }
}
