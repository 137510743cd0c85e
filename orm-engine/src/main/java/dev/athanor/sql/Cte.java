package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;

/**
 * A common table expression: {@code WITH name AS (SELECT …)} before the statement, {@code name}
 * where it is used. A recursive one is an anchor query completed by {@link #unionAll} with a query
 * that refers to the CTE's own columns:
 *
 * <pre>{@code
 * Cte tree = select(cats.c("id"), cats.c("name")).where(cats.c("parent_id").isNull()).cteRecursive("tree");
 * tree = tree.unionAll(select(cats.c("id"), cats.c("name")).join(tree, cats.c("parent_id").eq(tree.c("id"))));
 * // WITH RECURSIVE tree(id, name) AS (SELECT … UNION ALL SELECT … JOIN tree ON …) SELECT … FROM tree
 * }</pre>
 */
public final class Cte extends DerivedTable {
    private final SelectBase body;
    private final boolean recursive;

    Cte(SelectBase body, String name, boolean recursive) {
        super(body, name);
        this.body = body;
        this.recursive = recursive;
    }

    /** The recursive CTE: this anchor {@code UNION ALL} the recursive part. */
    public Cte unionAll(SelectBase recursivePart) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, body, recursivePart), name(), recursive);
    }

    /** The recursive CTE: this anchor {@code UNION} the recursive part. */
    public Cte union(SelectBase recursivePart) {
        return new Cte(CompoundSelect.of(CompoundSelect.Kind.UNION, body, recursivePart), name(), recursive);
    }

    /** The query the name stands for. */
    public SelectBase body() {
        return body;
    }

    /** Whether the CTE refers to itself. */
    public boolean isRecursive() {
        return recursive;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitCte(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("cte").append(name()).append(recursive);
        body.appendCacheKey(key);
    }
}
