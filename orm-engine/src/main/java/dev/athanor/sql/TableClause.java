package dev.athanor.sql;

import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.List;

/**
 * A named table as the expression language sees it: a name, an optional schema and its columns.
 * {@code dev.athanor.schema.Table} extends it with constraints and DDL; the compiler only needs
 * this much.
 */
public abstract class TableClause implements ClauseElement {

    /** The table's name, unquoted. */
    public abstract String name();

    /** The schema the table lives in, or {@code null} for the connection's default. */
    public abstract String schema();

    /** The columns in declaration order. */
    public abstract List<? extends ColumnClause<?>> columns();

    /**
     * The column with this name.
     *
     * @throws NoSuchColumnError naming the table and listing its columns
     */
    public ColumnClause<?> c(String columnName) {
        for (ColumnClause<?> column : columns()) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        throw new NoSuchColumnError("Table '" + name() + "' has no column '" + columnName
                + "'; its columns are " + columns().stream().map(ColumnClause::name).toList());
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
