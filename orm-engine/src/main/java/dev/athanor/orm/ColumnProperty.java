package dev.athanor.orm;

import dev.athanor.orm.internal.AttributeAccessor;
import dev.athanor.orm.internal.ValueConverter;
import dev.athanor.schema.Column;
import dev.athanor.types.JsonType;

/**
 * One mapped field and the column it is stored in, as SQLAlchemy's {@code ColumnProperty}: the
 * mapper reads and writes the field through it and converts values read from the database.
 */
public final class ColumnProperty {
    private final String name;
    private final Column<?> column;
    private final AttributeAccessor accessor;
    private final ValueConverter converter;
    private final boolean version;
    private final int index;
    /** Whether the type asks for in-place change tracking ({@code JsonType.asMutable()}). */
    private final boolean mutable;

    ColumnProperty(String name, Column<?> column, AttributeAccessor accessor, boolean version, int index) {
        this.name = name;
        this.column = column;
        this.accessor = accessor;
        this.converter = new ValueConverter(column.type(), accessor.type());
        this.version = version;
        this.index = index;
        this.mutable = column.type() instanceof JsonType<?> json && json.mutable();
    }

    /** The field (attribute) name. */
    public String name() {
        return name;
    }

    /** The table column. */
    public Column<?> column() {
        return column;
    }

    /** The field's Java type. */
    public Class<?> javaType() {
        return accessor.type();
    }

    /** Whether the column is part of the primary key. */
    public boolean isPrimaryKey() {
        return column.isPrimaryKey();
    }

    /** Whether this is the {@code @Version} counter. */
    public boolean isVersion() {
        return version;
    }

    /** Whether a map or list changed in place in this attribute counts as a change (a mutable JSON type). */
    public boolean isMutable() {
        return mutable;
    }

    /** The position of this property among its mapper's columns (and in snapshots). */
    int index() {
        return index;
    }

    /**
     * This attribute as stored in another column at another position: a subclass's own column
     * re-indexed after its parent's, or a joined subclass table's copy of the base key.
     */
    ColumnProperty copy(Column<?> column, int index) {
        return new ColumnProperty(name, column, accessor, version, index);
    }

    /** Sets the field without reporting a change: the ORM puts a tracking view in place of the same value. */
    void replaceQuietly(Object instance, Object value) {
        accessor.set(instance, value);
    }

    Object get(Object instance) {
        return accessor.get(instance);
    }

    void set(Object instance, Object value) {
        if (instance instanceof dev.athanor.orm.internal.Enhanced enhanced
                && enhanced.athanor$state() instanceof InstanceState state) {
            // the ORM's own writes (foreign keys from relationships, versions) bypass the class's code;
            // reported first, as the class's own writes are, so a snapshot taken now holds the old value
            state.columnChanged();
        }
        accessor.set(instance, value);
    }

    /** Sets the field from a value as the driver returned it. */
    void load(Object instance, Object raw) {
        accessor.set(instance, converter.fromDatabase(raw));
    }

    /** Sets the field from a value already converted from the driver's (a key the identity took). */
    void loadConverted(Object instance, Object value) {
        accessor.set(instance, value);
    }

    /**
     * {@link #load} that returns what the field now holds, for the snapshot, without reading it
     * back (a {@code null} leaves a primitive field as it was, so that one is read).
     */
    Object loadAndGet(Object instance, Object raw) {
        return setAndGet(instance, converter.fromDatabase(raw));
    }

    /** {@link #loadAndGet} of a value already converted. */
    Object setAndGet(Object instance, Object value) {
        if (value == null && accessor.type().isPrimitive()) {
            return accessor.get(instance);
        }
        accessor.set(instance, value);
        return value;
    }

    Object fromDatabase(Object raw) {
        return converter.fromDatabase(raw);
    }

    @Override
    public String toString() {
        return name + " → " + column;
    }
}
