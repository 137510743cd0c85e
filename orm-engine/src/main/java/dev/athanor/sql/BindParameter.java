package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value that travels as a JDBC parameter, never inside the SQL text: {@code :name} in
 * {@link TextClause}, or the literal side of a comparison. Its value is not part of the
 * statement's cache key, so statements that differ only in values share one compilation.
 *
 * @param <T> the Java type of the value
 */
public final class BindParameter<T> extends ColumnElement<T> {
    private final String key;
    private final T value;
    private final SqlType<T> type;
    private final boolean required;
    private final Supplier<? extends T> supplier;

    private BindParameter(String key, T value, SqlType<T> type, boolean required) {
        this(key, value, type, required, null);
    }

    private BindParameter(String key, T value, SqlType<T> type, boolean required, Supplier<? extends T> supplier) {
        if (key == null || key.isEmpty()) {
            throw new ArgumentError("A bind parameter needs a name");
        }
        this.key = key;
        this.value = value;
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.supplier = supplier;
    }

    /** A parameter with a value; its type is inferred from the value. */
    public static <T> BindParameter<T> of(String key, T value) {
        return new BindParameter<>(key, value, Types.forValue(value), false);
    }

    /** A parameter with a value and an explicit type. */
    public static <T> BindParameter<T> of(String key, T value, SqlType<T> type) {
        return new BindParameter<>(key, value, type, false);
    }

    /** A parameter whose value must be given when the statement is executed. */
    public static <T> BindParameter<T> required(String key, SqlType<T> type) {
        return new BindParameter<>(key, null, type, true);
    }

    /**
     * A parameter whose value is computed each time the statement runs, once per parameter set
     * (a column's client-side default, such as {@code UUID::randomUUID}).
     */
    @SuppressWarnings("unchecked")
    public static <T> BindParameter<T> callable(String key, Supplier<?> supplier, SqlType<T> type) {
        return new BindParameter<>(key, null, type, false, (Supplier<? extends T>) supplier);
    }

    /** The same parameter with another value (type kept unless it was inferred from null). */
    @SuppressWarnings("unchecked")
    public BindParameter<T> withValue(Object newValue) {
        SqlType<T> newType = type == Types.NULL ? (SqlType<T>) Types.forValue(newValue) : type;
        return new BindParameter<>(key, (T) newValue, newType, false);
    }

    /** The parameter's name; values given at execution are matched to it. */
    public String key() {
        return key;
    }

    /** The value carried with the statement (computed afresh for a callable one), or {@code null}. */
    public T value() {
        return supplier == null ? value : supplier.get();
    }

    /** Whether the value must come from the execution's parameters. */
    public boolean required() {
        return required;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitBindParameter(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("bind").append(this.key).append(type);
        key.bind(this);
    }

    @Override
    public String toString() {
        return ":" + key;
    }
}
