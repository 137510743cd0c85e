package dev.athanor.orm;

import dev.athanor.orm.internal.ColumnTypes;
import dev.athanor.orm.internal.MappedFields;
import dev.athanor.sql.ColumnClause;
import dev.athanor.types.SqlType;

/**
 * A mapped column as the generated metamodel exposes it ({@code User_.username}): an ordinary
 * Core column expression, so it compiles to {@code users.username} and takes Core's operators,
 * and it also knows the class and field it maps, so the ORM can find the property behind it.
 *
 * <p>The SQL type is derived from the field on first use (a pure function of the field and its
 * annotations, the same one the registry uses) and then kept.
 *
 * @param <E> the mapped class
 * @param <T> the field's type (boxed)
 */
public final class ColumnAttribute<E, T> extends ColumnClause<T> {
    private final EntityTable<?> table;
    /** The class this attribute belongs to; differs from the table's for an inherited column. */
    private final Class<E> entity;
    private final String attribute;
    private final String column;
    private volatile SqlType<T> type;

    ColumnAttribute(EntityTable<E> table, String attribute, String column) {
        this(table, table.entity(), attribute, column);
    }

    /**
     * An attribute of {@code entity} stored in {@code table}, the table of the class of its
     * hierarchy that holds the column ({@code Engineer.name} lives in the base's table).
     */
    ColumnAttribute(EntityTable<?> table, Class<E> entity, String attribute, String column) {
        this.table = table;
        this.entity = entity;
        this.attribute = attribute;
        this.column = column;
    }

    /** The mapped class. */
    public Class<E> entity() {
        return entity;
    }

    /** The field name. */
    public String attribute() {
        return attribute;
    }

    @Override
    public String name() {
        return column;
    }

    /** The table that stores the column: the entity's own, or for an inherited column its superclass's. */
    @Override
    public EntityTable<?> table() {
        return table;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SqlType<T> type() {
        SqlType<T> resolved = type;
        if (resolved == null) {
            resolved = (SqlType<T>) ColumnTypes.forField(MappedFields.named(entity, attribute));
            type = resolved;
        }
        return resolved;
    }

    @Override
    public String toString() {
        return entity.getSimpleName() + "." + attribute;
    }
}
