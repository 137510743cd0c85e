package dev.athanor.engine;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.ColumnElement;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a result, like SQLAlchemy's {@code Row}: values by position, by key or by column,
 * equal to another row with the same values. Printed as a tuple: {@code (1, 'Alice')}.
 */
public final class Row {
    private final ResultMetadata metadata;
    /** Replaced only by a cursor that hands every row over through one {@code Row} ({@link Result#forEachRow}). */
    private Object[] values;

    Row(ResultMetadata metadata, Object[] values) {
        this.metadata = metadata;
        this.values = values;
    }

    /** The values, by position: the array itself, for a cursor that reads row after row into one {@code Row}. */
    Object[] values() {
        return values;
    }

    /** Makes this the row of {@code values}: for a cursor that hands every row over through one {@code Row}. */
    void values(Object[] values) {
        this.values = values;
    }

    /** The columns of the result this row belongs to. */
    ResultMetadata metadata() {
        return metadata;
    }

    /** The value at a position (0-based). */
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentError("Row has " + values.length + " column(s); index " + index + " is out of range");
        }
        return values[index];
    }

    /** The value of the column with this key. */
    public Object get(String key) {
        return values[metadata.indexOf(key)];
    }

    /**
     * The value of a column expression, typed as the column is: found by the very expression the
     * statement selected (a column, a label, a function), else by table and column name.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(ColumnElement<T> column) {
        return (T) values[metadata.indexOf(column)];
    }

    /** The value at a position, cast to {@code type} (numbers are converted between widths). */
    public <T> T get(int index, Class<T> type) {
        return convert(get(index), type);
    }

    /** The value of a key, cast to {@code type} (numbers are converted between widths). */
    public <T> T get(String key, Class<T> type) {
        return convert(get(key), type);
    }

    @SuppressWarnings("unchecked")
    private static <T> T convert(Object value, Class<T> type) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        if (value instanceof Number number) {
            Object converted = switch (type.getName()) {
                case "java.lang.Long" -> number.longValue();
                case "java.lang.Integer" -> number.intValue();
                case "java.lang.Short" -> number.shortValue();
                case "java.lang.Double" -> number.doubleValue();
                case "java.lang.Float" -> number.floatValue();
                case "java.math.BigDecimal" -> new java.math.BigDecimal(number.toString());
                default -> null;
            };
            if (converted != null) {
                return (T) converted;
            }
        }
        throw new ArgumentError("Cannot read a " + value.getClass().getName() + " as " + type.getName());
    }

    /** How many columns the row has. */
    public int size() {
        return values.length;
    }

    /** The column keys. */
    public List<String> keys() {
        return metadata.keys();
    }

    /** The values in order. */
    public List<Object> toList() {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /** The values by key, in column order (SQLAlchemy's {@code row._mapping}). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> keys = metadata.keys();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(keys.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && Arrays.deepEquals(values, row.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return ParameterFormatter.tuple(values, Integer.MAX_VALUE);
    }
}
