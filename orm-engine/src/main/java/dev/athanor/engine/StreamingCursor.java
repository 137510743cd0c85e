package dev.athanor.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows read from a live result set as they are fetched, for {@code yieldPer}: memory stays
 * bounded by the fetch size however large the result is.
 */
final class StreamingCursor implements RowCursor {
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final RowReader reader;
    private final Function<SQLException, RuntimeException> errors;
    private final Runnable onClose;
    private boolean closed;

    StreamingCursor(PreparedStatement statement, ResultSet resultSet, RowReader reader,
                    Function<SQLException, RuntimeException> errors, Runnable onClose) {
        this.statement = statement;
        this.resultSet = resultSet;
        this.reader = reader;
        this.errors = errors;
        this.onClose = onClose;
    }

    @Override
    public Row next() {
        if (closed) {
            return null;
        }
        try {
            if (resultSet.next()) {
                return reader.read(resultSet);
            }
        } catch (SQLException e) {
            close();
            throw errors.apply(e);
        }
        close();
        return null;
    }

    /** Reads each row into one {@code Row}: a consumer that keeps none needs no object per row. */
    @Override
    public int forEach(int max, Consumer<Row> each) {
        if (closed) {
            return 0;
        }
        Row row = reader.reusableRow();
        int count = 0;
        try {
            while (!closed && count < max && resultSet.next()) { // the consumer may close the result
                reader.readInto(resultSet, row.values(), 0);
                each.accept(row);
                count++;
            }
        } catch (SQLException e) {
            close();
            throw errors.apply(e);
        }
        if (count < max) {
            close();
        }
        return count;
    }

    @Override
    public void fetchSize(int size) {
        try {
            resultSet.setFetchSize(size);
        } catch (SQLException e) {
            throw errors.apply(e);
        }
    }

    @Override
    public int fetchSize() {
        try {
            return resultSet.getFetchSize();
        } catch (SQLException e) {
            throw errors.apply(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            statement.close();
        } catch (SQLException e) {
            throw errors.apply(e);
        } finally {
            onClose.run();
        }
    }
}
