package dev.athanor.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows read completely when the statement ran, each row's values an array of its own (a mutable
 * list, which the cursor empties as it goes), made into {@link Row}s as they are fetched. A
 * consumer that keeps no row ({@link #forEach}, the ORM's loader) sees every row through one
 * {@code Row}.
 */
final class BufferedCursor implements RowCursor {
    private final ResultMetadata metadata;
    private final List<Object[]> rows;
    private int position;

    private BufferedCursor(ResultMetadata metadata, List<Object[]> rows) {
        this.metadata = metadata;
        this.rows = rows;
    }

    /** The cursor over every row {@code reader} reads from {@code resultSet}. */
    static BufferedCursor readAll(RowReader reader, ResultSet resultSet) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        while (resultSet.next()) {
            Object[] values = new Object[reader.width()];
            reader.readInto(resultSet, values, 0);
            rows.add(values);
        }
        return new BufferedCursor(reader.metadata(), rows);
    }

    /** The cursor over rows already made, all of {@code metadata}'s columns. */
    static BufferedCursor of(ResultMetadata metadata, List<Row> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        rows.forEach(row -> values.add(row.values()));
        return new BufferedCursor(metadata, values);
    }

    @Override
    public Row next() {
        return position < rows.size() ? new Row(metadata, take()) : null;
    }

    @Override
    public int forEach(int max, Consumer<Row> each) {
        Row row = null;
        int handed = 0;
        while (handed < max && position < rows.size()) {
            if (row == null) {
                row = new Row(metadata, take());
            } else {
                row.values(take());
            }
            each.accept(row);
            handed++;
        }
        return handed;
    }

    /**
     * The next row's values, which the buffer no longer keeps alive: rows an ORM has turned into
     * objects die young instead of being copied by every collection until the end.
     */
    private Object[] take() {
        Object[] values = rows.get(position);
        rows.set(position++, null);
        return values;
    }

    @Override
    public int remaining() {
        return rows.size() - position;
    }

    @Override
    public void close() {
        position = rows.size();
    }
}
