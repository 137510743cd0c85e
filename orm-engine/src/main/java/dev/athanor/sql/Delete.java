package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.List;

/**
 * An immutable DELETE; every method returns a changed copy. Other tables in the WHERE clause
 * become {@code DELETE … USING} (or the dialect's multi-table form).
 *
 * <pre>{@code
 * delete(users).where(users.c("id", Integer.class).eq(5))   // DELETE FROM users WHERE users.id = ?
 * }</pre>
 */
public final class Delete implements Executable {
    private final TableClause table;
    private final ColumnElement<Boolean> where;
    private final List<ColumnElement<?>> returning;

    private Delete(TableClause table, ColumnElement<Boolean> where, List<ColumnElement<?>> returning) {
        this.table = table;
        this.where = where;
        this.returning = List.copyOf(returning);
    }

    static Delete from(TableClause table) {
        return new Delete(table, null, List.of());
    }

    /** Adds WHERE conditions; several calls AND together. */
    @SafeVarargs
    public final Delete where(ColumnElement<Boolean>... conditions) {
        return new Delete(table, Select.and(where, conditions), returning);
    }

    /** {@code RETURNING …} where the dialect has it. */
    public Delete returning(SelectItem... items) {
        return new Delete(table, where, ColumnValues.expand(items));
    }

    /** The target table. */
    public TableClause table() {
        return table;
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return where;
    }

    /** The RETURNING expressions. */
    public List<ColumnElement<?>> returning() {
        return returning;
    }

    /** Tables other than the target that the WHERE clause reads: rendered as {@code DELETE … USING}. */
    public List<FromClause> extraFroms() {
        return ColumnValues.extraFroms(table, where == null ? List.of() : List.of(where));
    }

    @Override
    public StatementKind kind() {
        return StatementKind.DELETE;
    }

    @Override
    public List<ColumnElement<?>> returnedColumns() {
        return returning;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitDelete(this);
    }

    private final CacheKey.Memo cacheKey = new CacheKey.Memo();

    @Override
    public CacheKey cacheKey() {
        return cacheKey.of(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        table.appendCacheKey(key);
        key.append("delete");
        key.appendAll("from", extraFroms());
        Select.appendOptional(key, "where", where);
        key.appendAll("returning", returning);
    }

    @Override
    public String toString() {
        return SqlCompiler.render(this);
    }
}
