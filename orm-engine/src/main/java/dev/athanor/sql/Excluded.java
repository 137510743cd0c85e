package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;

/**
 * The value an upsert tried to insert into a column: {@code excluded.name} (PostgreSQL, SQLite),
 * {@code VALUES(name)} (MariaDB), {@code new.name} (MySQL), the source row in a MERGE.
 *
 * @param <T> the Java type of the column
 */
public final class Excluded<T> extends ColumnElement<T> {
    private final ColumnClause<T> column;

    Excluded(ColumnClause<T> column) {
        this.column = column;
    }

    /** The column of the target table. */
    public ColumnClause<T> column() {
        return column;
    }

    @Override
    public SqlType<T> type() {
        return column.type();
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitExcluded(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("excluded").append(column.name());
    }
}
