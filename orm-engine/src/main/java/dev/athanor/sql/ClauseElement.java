package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;

/**
 * A node of an SQL expression tree. Nodes are immutable; the compiler visits them through
 * {@link #compile}, and the compile cache identifies their shape through {@link #appendCacheKey}.
 */
public interface ClauseElement {

    /** Renders this node into the compiler by calling its matching {@code visit} method. */
    void compile(SqlCompiler compiler);

    /**
     * Appends everything that decides this node's SQL text — but no bound value — to the key, and
     * registers each bind parameter in the same order on every call, so that a cached compilation
     * finds the values of a new statement of the same shape by position.
     */
    void appendCacheKey(CacheKey.Builder key);
}
