package dev.athanor.schema;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value the application fills in when an INSERT (or UPDATE, for {@code onUpdate}) does not
 * give the column one: a constant, or a supplier asked once per row.
 */
public final class ColumnDefault implements Supplier<Object> {
    private final Object constant;
    private final Supplier<?> supplier;

    private ColumnDefault(Object constant, Supplier<?> supplier) {
        this.constant = constant;
        this.supplier = supplier;
    }

    /** A default that is always {@code value}. */
    public static ColumnDefault constant(Object value) {
        return new ColumnDefault(value, null);
    }

    /** A default computed per row, e.g. {@code LocalDateTime::now}. */
    public static ColumnDefault callable(Supplier<?> supplier) {
        return new ColumnDefault(null, Objects.requireNonNull(supplier, "supplier"));
    }

    /** Whether the value is computed per row. */
    public boolean isCallable() {
        return supplier != null;
    }

    /** The value for one row: the constant, or a fresh value from the supplier. */
    public Object value() {
        return supplier == null ? constant : supplier.get();
    }

    /** Same as {@link #value()}, so a default serves where the expression language asks for a supplier. */
    @Override
    public Object get() {
        return value();
    }

    @Override
    public String toString() {
        return supplier == null ? "ColumnDefault(" + constant + ")" : "ColumnDefault(<callable>)";
    }
}
