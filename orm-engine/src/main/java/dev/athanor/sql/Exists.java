package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;

/** {@code EXISTS (SELECT …)}, correlated with the enclosing statement like a scalar subquery. */
public final class Exists extends ColumnElement<Boolean> {
    private final SelectBase select;

    Exists(SelectBase select) {
        this.select = select;
    }

    /** The inner statement. */
    public SelectBase select() {
        return select;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitExists(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("exists");
        select.appendCacheKey(key);
    }
}
