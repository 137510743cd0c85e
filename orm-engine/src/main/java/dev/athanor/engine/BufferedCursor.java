package dev.athanor.engine;

import java.util.List;

/** Rows read completely when the statement ran (a mutable list, which the cursor empties as it goes). */
final class BufferedCursor implements RowCursor {
    private final List<Row> rows;
    private int position;

    BufferedCursor(List<Row> rows) {
        this.rows = rows;
    }

    @Override
    public Row next() {
        if (position >= rows.size()) {
            return null;
        }
        Row row = rows.get(position);
        // a row handed out is the consumer's: the buffer no longer keeps it alive, so rows an ORM has
        // turned into objects die young instead of being copied by every collection until the end
        rows.set(position++, null);
        return row;
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
