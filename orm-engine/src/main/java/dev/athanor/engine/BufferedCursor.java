package dev.athanor.engine;

import java.util.List;

/** Rows read completely when the statement ran. */
final class BufferedCursor implements RowCursor {
    private final List<Row> rows;
    private int position;

    BufferedCursor(List<Row> rows) {
        this.rows = rows;
    }

    @Override
    public Row next() {
        return position < rows.size() ? rows.get(position++) : null;
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
