package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.List;

/**
 * A named table as the expression language sees it: a name, an optional schema and its columns.
 * {@code dev.athanor.schema.Table} extends it with constraints and DDL; aliases, subqueries and
 * CTEs are table clauses too, so columns are qualified the same way for all of them.
 */
public abstract class TableClause implements FromClause {

    /** The table's name, unquoted. */
    public abstract String name();

    /** The schema the table lives in, or {@code null} for the connection's default. */
    public abstract String schema();

    /** The columns in declaration order. */
    @Override
    public abstract List<? extends ColumnClause<?>> columns();

    /**
     * The foreign keys of this table, for inferring join conditions; none unless the subclass
     * knows its constraints ({@code schema.Table} does).
     */
    public List<ForeignKeyReference> foreignKeyReferences() {
        return List.of();
    }

    /**
     * The column of this element that stands for {@code column}: itself when it is one of ours,
     * the alias's copy for an alias of its table, else {@code null}.
     */
    public ColumnClause<?> correspondingColumn(ColumnClause<?> column) {
        return column.table() == this ? column : null;
    }

    /**
     * The column with this name, SQLAlchemy's {@code table.c.name}: {@code books.c("pages").gt(400)}.
     * A name looked up at run time has no compile-time type, so its operators take any value
     * (the column's SQL type still binds it); where the type is known keep the typed handle,
     * {@code Column<Integer> pages = Column.of("pages", Types.INTEGER)}, or ask for it with
     * {@link #c(String, Class)}, which checks it.
     *
     * @throws NoSuchColumnError naming the table and listing its columns
     */
    @SuppressWarnings("unchecked")
    public ColumnClause<Object> c(String columnName) {
        for (ColumnClause<?> column : columns()) {
            if (column.name().equals(columnName)) {
                return (ColumnClause<Object>) column;
            }
        }
        throw new NoSuchColumnError("Table '" + name() + "' has no column '" + columnName
                + "'; its columns are " + columns().stream().map(ColumnClause::name).toList());
    }

    /**
     * The column with this name, typed: {@code users.c("name", String.class)}.
     *
     * @throws ArgumentError when the column's values are not of {@code javaType}
     */
    @SuppressWarnings("unchecked")
    public <T> ColumnClause<T> c(String columnName, Class<T> javaType) {
        ColumnClause<?> column = c(columnName);
        Class<?> actual = column.type().javaType();
        if (!javaType.isAssignableFrom(actual)) {
            throw new ArgumentError("Column " + name() + "." + columnName + " holds " + actual.getName()
                    + " values, not " + javaType.getName());
        }
        return (ColumnClause<T>) column;
    }

    /** An alias of this table, for self-joins: {@code users AS u}. */
    public TableAlias alias(String aliasName) {
        return new TableAlias(this, Identifiers.require("alias", aliasName));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitTable(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("table").append(schema()).append(name());
    }
}
