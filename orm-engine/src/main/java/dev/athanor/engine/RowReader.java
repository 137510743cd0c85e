package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import dev.athanor.sql.ColumnElement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns JDBC rows into {@link Row}s with one binder per column, chosen once per result: the
 * column's own type when the statement declares it (a Core select of typed columns), else from
 * the column type the driver reports, so reading a row is a plain loop of typed getters.
 */
final class RowReader {
    private final ResultMetadata metadata;
    private final JdbcBinder<?>[] binders;

    private RowReader(ResultMetadata metadata, JdbcBinder<?>[] binders) {
        this.metadata = metadata;
        this.binders = binders;
    }

    static RowReader of(ResultSetMetaData jdbcMetadata, Dialect dialect) throws SQLException {
        return of(jdbcMetadata, dialect, new JdbcBinder<?>[0], List.of());
    }

    /**
     * @param declared binders of the statement's result columns (used when there is one per column)
     * @param elements the expressions of the result columns, for {@code row.get(column)}
     */
    static RowReader of(ResultSetMetaData jdbcMetadata, Dialect dialect, JdbcBinder<?>[] declared,
                        List<? extends ColumnElement<?>> elements) throws SQLException {
        int count = jdbcMetadata.getColumnCount();
        boolean typed = declared.length == count;
        List<String> keys = new ArrayList<>(count);
        JdbcBinder<?>[] binders = new JdbcBinder<?>[count];
        for (int i = 1; i <= count; i++) {
            keys.add(dialect.preparer().normalizeName(jdbcMetadata.getColumnLabel(i)));
            JdbcBinder<?> binder = typed ? declared[i - 1] : null;
            binders[i - 1] = binder != null ? binder : dialect.binder(dialect.typeForResultColumn(
                    jdbcMetadata.getColumnType(i), jdbcMetadata.getColumnTypeName(i), jdbcMetadata.getPrecision(i),
                    jdbcMetadata.getScale(i)));
        }
        return new RowReader(new ResultMetadata(keys, elements.size() == count ? elements : List.of()), binders);
    }

    ResultMetadata metadata() {
        return metadata;
    }

    Row read(ResultSet resultSet) throws SQLException {
        Object[] values = new Object[binders.length];
        for (int i = 0; i < binders.length; i++) {
            values[i] = binders[i].read(resultSet, i + 1);
        }
        return new Row(metadata, values);
    }

    List<Row> readAll(ResultSet resultSet) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (resultSet.next()) {
            rows.add(read(resultSet));
        }
        return rows;
    }
}
