package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;

/**
 * A SELECT used as a value: {@code (SELECT count(*) FROM books WHERE books.author_id = authors.id)}.
 * Tables of the enclosing statement are correlated: they are left out of the subquery's FROM.
 *
 * @param <T> the Java type of the selected value
 */
public final class ScalarSelect<T> extends ColumnElement<T> {
    private final SelectBase select;
    private final SqlType<T> type;

    ScalarSelect(SelectBase select, SqlType<T> type) {
        this.select = select;
        this.type = type;
    }

    /** The inner statement. */
    public SelectBase select() {
        return select;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitScalarSelect(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("scalar").append(type);
        select.appendCacheKey(key);
    }
}
