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
    private final EntityTable<E> table;
    private final String attribute;
    private final String column;
    private volatile SqlType<T> type;

    ColumnAttribute(EntityTable<E> table, String attribute, String column) {
        this.table = table;
        this.attribute = attribute;
        this.column = column;
    }

    /** The mapped class. */
    public Class<E> entity() {
        return table.entity();
    }

    /** The field name. */
    public String attribute() {
        return attribute;
    }

    @Override
    public String name() {
        return column;
    }

    @Override
    public EntityTable<E> table() {
        return table;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SqlType<T> type() {
        SqlType<T> resolved = type;
        if (resolved == null) {
            resolved = (SqlType<T>) ColumnTypes.forField(MappedFields.named(table.entity(), attribute));
            type = resolved;
        }
        return resolved;
    }

    @Override
    public String toString() {
        return table.entity().getSimpleName() + "." + attribute;
    }
}
