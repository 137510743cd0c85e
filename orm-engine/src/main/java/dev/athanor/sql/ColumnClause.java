package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;

/**
 * A column of a table as the expression language sees it; {@code dev.athanor.schema.Column}
 * extends it with nullability, defaults and constraints.
 *
 * @param <T> the Java type of the column's values
 */
public abstract class ColumnClause<T> extends ColumnElement<T> {

    /** The column's name, unquoted. */
    public abstract String name();

    /** The table the column belongs to, or {@code null} for a free-standing column. */
    public abstract TableClause table();

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitColumn(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        TableClause table = table();
        key.append("column");
        if (table != null) {
            key.append(table.schema()).append(table.name());
        }
        key.append(name());
    }

    @Override
    public String toString() {
        TableClause table = table();
        return table == null ? name() : table.name() + "." + name();
    }
}
