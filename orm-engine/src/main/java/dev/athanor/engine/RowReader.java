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
    /** The labels as the driver reported them, before normalising. */
    private final String[] labels;
    /** Per column: JDBC type, precision and scale when the binder came from the driver's type, else null. */
    private final int[][] driverTypes;
    /** Per column: the driver's type name where {@link #driverTypes} is set. */
    private final String[] typeNames;
    private final List<? extends ColumnElement<?>> elements;

    private RowReader(ResultMetadata metadata, JdbcBinder<?>[] binders, String[] labels, int[][] driverTypes,
                      String[] typeNames, List<? extends ColumnElement<?>> elements) {
        this.typeNames = typeNames;
        this.metadata = metadata;
        this.binders = binders;
        this.labels = labels;
        this.driverTypes = driverTypes;
        this.elements = elements;
    }

    /**
     * The reader a plan kept from an earlier execution when the driver reports the same columns
     * (labels, and types where the types came from the driver), else a new one that the plan keeps:
     * a cached statement does not rebuild its result metadata or normalise names again.
     */
    static RowReader of(ResultSetMetaData jdbcMetadata, Dialect dialect, StatementPlan plan,
                        List<? extends ColumnElement<?>> elements) throws SQLException {
        RowReader kept = plan.readers().get();
        if (kept != null && kept.matches(jdbcMetadata)) {
            if (kept.elements == elements) {
                return kept;
            }
            int count = kept.binders.length;
            List<? extends ColumnElement<?>> declared = elements.size() == count ? elements : List.of();
            return new RowReader(new ResultMetadata(kept.metadata.keys(), declared), kept.binders, kept.labels,
                    kept.driverTypes, kept.typeNames, elements);
        }
        RowReader reader = of(jdbcMetadata, dialect, plan.resultBinders(), elements);
        plan.readers().set(reader);
        return reader;
    }

    private boolean matches(ResultSetMetaData jdbcMetadata) throws SQLException {
        if (jdbcMetadata.getColumnCount() != labels.length) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            if (!java.util.Objects.equals(labels[i], jdbcMetadata.getColumnLabel(i + 1))) {
                return false;
            }
            int[] type = driverTypes[i];
            if (type != null && (type[0] != jdbcMetadata.getColumnType(i + 1)
                    || type[1] != jdbcMetadata.getPrecision(i + 1) || type[2] != jdbcMetadata.getScale(i + 1)
                    || !java.util.Objects.equals(typeNames[i], jdbcMetadata.getColumnTypeName(i + 1)))) {
                return false;
            }
        }
        return true;
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
        String[] labels = new String[count];
        int[][] driverTypes = new int[count][];
        String[] typeNames = new String[count];
        for (int i = 1; i <= count; i++) {
            labels[i - 1] = jdbcMetadata.getColumnLabel(i);
            keys.add(dialect.preparer().normalizeName(labels[i - 1]));
            JdbcBinder<?> binder = typed ? declared[i - 1] : null;
            if (binder == null) {
                int type = jdbcMetadata.getColumnType(i);
                int precision = jdbcMetadata.getPrecision(i);
                int scale = jdbcMetadata.getScale(i);
                driverTypes[i - 1] = new int[] {type, precision, scale};
                typeNames[i - 1] = jdbcMetadata.getColumnTypeName(i);
                binder = dialect.binder(dialect.typeForResultColumn(type, typeNames[i - 1], precision, scale));
            }
            binders[i - 1] = binder;
        }
        return new RowReader(new ResultMetadata(keys, elements.size() == count ? elements : List.of()), binders,
                labels, driverTypes, typeNames, elements);
    }

    ResultMetadata metadata() {
        return metadata;
    }

    Row read(ResultSet resultSet) throws SQLException {
        Object[] values = new Object[binders.length];
        readInto(resultSet, values, 0);
        return new Row(metadata, values);
    }

    /** Reads the current row's values into {@code values}, one per column from {@code offset} on. */
    void readInto(ResultSet resultSet, Object[] values, int offset) throws SQLException {
        for (int i = 0; i < binders.length; i++) {
            values[offset + i] = binders[i].read(resultSet, i + 1);
        }
    }

    /** A row to read rows into with {@link #readInto}, one after another. */
    Row reusableRow() {
        return new Row(metadata, new Object[binders.length]);
    }

    /** How many columns a row has. */
    int width() {
        return binders.length;
    }
}
