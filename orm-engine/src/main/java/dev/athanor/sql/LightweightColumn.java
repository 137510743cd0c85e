package dev.athanor.sql;

import dev.athanor.types.SqlType;

/**
 * A column known only by name and type, as SQLAlchemy's {@code column()}: free-standing, or one
 * of a {@link LightweightTable}'s columns. Made by {@link Sql#column}.
 *
 * @param <T> the Java type of the column's values
 */
final class LightweightColumn<T> extends ColumnClause<T> {
    private final String name;
    private final SqlType<T> type;
    private final TableClause table;

    LightweightColumn(String name, SqlType<T> type, TableClause table) {
        this.name = name;
        this.type = type;
        this.table = table;
    }

    /** This column's name and type, owned by {@code owner}. */
    LightweightColumn<T> copyFor(TableClause owner) {
        return new LightweightColumn<>(name, type, owner);
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
        return table;
    }
}
