package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.List;

/**
 * The row-locking clause of a SELECT: {@code FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]}; built with
 * {@code ForUpdate.lock().of(users).skipLocked()}.
 */
public final class ForUpdate implements ClauseElement {
    private final List<TableClause> of;
    private final boolean nowait;
    private final boolean skipLocked;

    private ForUpdate(List<TableClause> of, boolean nowait, boolean skipLocked) {
        this.of = List.copyOf(of);
        this.nowait = nowait;
        this.skipLocked = skipLocked;
    }

    /** The tables whose rows are locked (empty: all). */
    public List<TableClause> lockedTables() {
        return of;
    }

    /** Whether to fail at once instead of waiting for locked rows. */
    public boolean isNowait() {
        return nowait;
    }

    /** Whether to leave locked rows out of the result. */
    public boolean isSkipLocked() {
        return skipLocked;
    }

    /** Plain {@code FOR UPDATE}. */
    public static ForUpdate lock() {
        return new ForUpdate(List.of(), false, false);
    }

    /** Adds {@code NOWAIT}. */
    public ForUpdate nowait() {
        return new ForUpdate(of, true, false);
    }

    /** Adds {@code SKIP LOCKED}. */
    public ForUpdate skipLocked() {
        return new ForUpdate(of, false, true);
    }

    /** Adds {@code OF tables}. */
    public ForUpdate of(TableClause... tables) {
        return new ForUpdate(List.of(tables), nowait, skipLocked);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitForUpdate(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("forUpdate").append(nowait).append(skipLocked).append(of.size());
        of.forEach(table -> table.appendCacheKey(key));
    }
}
