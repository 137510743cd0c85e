package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import dev.athanor.sql.compiler.BindSlot;
import dev.athanor.sql.compiler.CompiledSql;
import dev.athanor.types.NullType;

/**
 * A compiled statement with the binder of each slot resolved, as kept in the engine's compile
 * cache: a cache hit binds parameters without any per-statement type lookup.
 *
 * @param compiled the SQL and its slots
 * @param binders one per slot; {@code null} where the type is inferred from each value
 * @param compiledAtNanos when it was compiled, for the echo log's "cached since"
 */
record StatementPlan(CompiledSql compiled, JdbcBinder<?>[] binders, long compiledAtNanos) {

    static StatementPlan of(CompiledSql compiled, Dialect dialect) {
        JdbcBinder<?>[] binders = new JdbcBinder<?>[compiled.slots().size()];
        for (int i = 0; i < binders.length; i++) {
            BindSlot slot = compiled.slots().get(i);
            binders[i] = slot.type() instanceof NullType ? null : dialect.binder(slot.type());
        }
        return new StatementPlan(compiled, binders, System.nanoTime());
    }
}
