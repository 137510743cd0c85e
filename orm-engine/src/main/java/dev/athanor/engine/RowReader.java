package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns JDBC rows into {@link Row}s with one binder per column, chosen once per result from the
 * column types the driver reports, so reading a row is a plain loop of typed getters.
 */
final class RowReader {
    private final ResultMetadata metadata;
    private final JdbcBinder<?>[] binders;

    private RowReader(ResultMetadata metadata, JdbcBinder<?>[] binders) {
        this.metadata = metadata;
        this.binders = binders;
    }

    static RowReader of(ResultSetMetaData jdbcMetadata, Dialect dialect) throws SQLException {
        int count = jdbcMetadata.getColumnCount();
        List<String> keys = new ArrayList<>(count);
        JdbcBinder<?>[] binders = new JdbcBinder<?>[count];
        for (int i = 1; i <= count; i++) {
            keys.add(dialect.preparer().normalizeName(jdbcMetadata.getColumnLabel(i)));
            binders[i - 1] = dialect.binder(dialect.typeForResultColumn(jdbcMetadata.getColumnType(i),
                    jdbcMetadata.getColumnTypeName(i), jdbcMetadata.getPrecision(i), jdbcMetadata.getScale(i)));
        }
        return new RowReader(new ResultMetadata(keys), binders);
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
