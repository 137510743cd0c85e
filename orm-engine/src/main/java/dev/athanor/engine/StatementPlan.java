package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import dev.athanor.sql.compiler.BindSlot;
import dev.athanor.sql.compiler.CompiledSql;
import dev.athanor.types.NullType;
import dev.athanor.types.SqlType;
import java.util.List;

/**
 * A compiled statement with the binder of each slot and each result column resolved, as kept in
 * the engine's compile cache: a cache hit binds parameters and reads rows without any
 * per-statement type lookup.
 *
 * @param compiled the SQL and its slots
 * @param binders one per slot; {@code null} where the type is inferred from each value
 * @param resultBinders one per result column the statement declares ({@code null} entries, or an
 *        empty array, mean "as the driver reports")
 * @param compiledAtNanos when it was compiled, for the echo log's "cached since"
 * @param readers the row reader of its last result, reused while the driver reports the same columns
 */
record StatementPlan(CompiledSql compiled, JdbcBinder<?>[] binders, JdbcBinder<?>[] resultBinders,
                     long compiledAtNanos, ReaderSlot readers) {

    /**
     * Holds the {@link RowReader} built for this plan's last result. A plain field: a reader is
     * immutable (final fields), so a racing thread at worst builds and keeps an equal one.
     */
    static final class ReaderSlot {
        private RowReader reader;

        RowReader get() {
            return reader;
        }

        void set(RowReader reader) {
            this.reader = reader;
        }
    }

    static StatementPlan of(CompiledSql compiled, Dialect dialect) {
        JdbcBinder<?>[] binders = new JdbcBinder<?>[compiled.slots().size()];
        for (int i = 0; i < binders.length; i++) {
            BindSlot slot = compiled.slots().get(i);
            if (slot.expansion() == BindSlot.Expansion.ARRAY) {
                binders[i] = dialect.arrayBinder(slot.type());
            } else {
                binders[i] = slot.type() instanceof NullType ? null : dialect.binder(slot.type()); // LIST: per element
            }
        }
        List<SqlType<?>> resultTypes = compiled.resultTypes();
        JdbcBinder<?>[] resultBinders = new JdbcBinder<?>[resultTypes.size()];
        for (int i = 0; i < resultBinders.length; i++) {
            SqlType<?> type = resultTypes.get(i);
            resultBinders[i] = type instanceof NullType ? null : dialect.binder(type);
        }
        return new StatementPlan(compiled, binders, resultBinders, System.nanoTime(), new ReaderSlot());
    }
}
