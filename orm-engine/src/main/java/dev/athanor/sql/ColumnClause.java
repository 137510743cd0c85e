package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /**
     * The value an INSERT uses when it gives none for this column, asked once per inserted row; or
     * {@code null} when the application supplies no default (the database's own default, if any,
     * then applies). {@code schema.Column} answers from its {@code defaultValue}.
     */
    public Supplier<?> insertDefault() {
        return null;
    }

    /**
     * The value an UPDATE sets when it does not set this column, asked once per row; or
     * {@code null}. {@code schema.Column} answers from its {@code onUpdate}.
     */
    public Supplier<?> updateDefault() {
        return null;
    }

    @Override
    String bindKeyBase() {
        return name();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        TableClause table = table();
        if (table != null) {
            froms.accept(table);
        }
    }

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
        key.append(name()).append(type());
    }

    @Override
    public String toString() {
        TableClause table = table();
        return table == null ? name() : table.name() + "." + name();
    }
}
