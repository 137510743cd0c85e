package dev.athanor.sql;

import dev.athanor.types.SqlType;

/**
 * A column of an alias, subquery or CTE: {@code u.name}, {@code per_author.total}.
 *
 * @param <T> the Java type of the column's values
 */
public final class DerivedColumn<T> extends ColumnClause<T> {
    private final String name;
    private final SqlType<T> type;
    private final TableClause owner;

    DerivedColumn(String name, SqlType<T> type, TableClause owner) {
        this.name = name;
        this.type = type;
        this.owner = owner;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public TableClause table() {
        return owner;
    }
}
