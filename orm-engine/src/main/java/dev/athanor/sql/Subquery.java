package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;

/**
 * A query in FROM under a name: {@code (SELECT …) AS name}, or {@code LATERAL (SELECT …) AS name}.
 * Its columns ({@code sq.c("total")}) are named by {@link SelectBase#columnNames()}.
 */
public final class Subquery extends DerivedTable {
    private final SelectBase select;
    private final boolean lateral;

    Subquery(SelectBase select, String name, boolean lateral) {
        super(select, name);
        this.select = select;
        this.lateral = lateral;
    }

    /** The inner query. */
    public SelectBase select() {
        return select;
    }

    /** Whether this is a {@code LATERAL} subquery. */
    public boolean isLateral() {
        return lateral;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitSubquery(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("subquery").append(name()).append(lateral);
        select.appendCacheKey(key);
    }
}
