package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.BindSlot;
import dev.athanor.sql.compiler.CompiledSql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@code IN} lists into a statement at execution, SQLAlchemy's "post-compile" step: the
 * compiled SQL holds one marker per list, so it is cached once for every length, and each
 * execution replaces the marker with one {@code ?} per value. A statement whose parameters would
 * then exceed the dialect's limit is refused, naming the limit.
 */
final class ListExpansion {

    /** The SQL, values and binders of one execution after its lists were written in. */
    record Expanded(String sql, Object[] values, JdbcBinder<?>[] binders) {
    }

    private ListExpansion() {
    }

    static boolean applies(CompiledSql compiled) {
        // a loop, not a stream: this runs before every execution, and a statement has a few slots
        List<BindSlot> slots = compiled.slots();
        for (int i = 0, n = slots.size(); i < n; i++) {
            if (slots.get(i).expansion() == BindSlot.Expansion.LIST) {
                return true;
            }
        }
        return false;
    }

    static Expanded expand(CompiledSql compiled, JdbcBinder<?>[] binders, Object[] values, Dialect dialect) {
        String sql = compiled.sql();
        StringBuilder expanded = new StringBuilder(sql.length() + 64);
        List<Object> expandedValues = new ArrayList<>(values.length);
        List<JdbcBinder<?>> expandedBinders = new ArrayList<>(values.length);
        int copied = 0;
        for (int i = 0; i < values.length; i++) {
            BindSlot slot = compiled.slots().get(i);
            if (slot.expansion() != BindSlot.Expansion.LIST) {
                expandedValues.add(values[i]);
                expandedBinders.add(binders[i]);
                continue;
            }
            if (!(values[i] instanceof Collection<?> list) || list.isEmpty()) {
                throw new ArgumentError("The IN list parameter '" + slot.key() + "' needs a non-empty collection, got "
                        + values[i] + "; build the condition with in(values), which handles an empty list");
            }
            int at = sql.indexOf(slot.marker(), copied);
            expanded.append(sql, copied, at).append("?, ".repeat(list.size() - 1)).append('?');
            copied = at + slot.marker().length();
            for (Object value : list) {
                expandedValues.add(value);
                expandedBinders.add(binders[i]);
            }
        }
        expanded.append(sql, copied, sql.length());
        if (expandedValues.size() > dialect.maxBindParameters()) {
            throw new ArgumentError("This statement would carry " + expandedValues.size() + " bind parameters, but "
                    + dialect.name() + " accepts at most " + dialect.maxBindParameters() + " per statement; pass"
                    + " fewer values to in(…) at a time, or insert them into a table and join it");
        }
        return new Expanded(expanded.toString(), expandedValues.toArray(),
                expandedBinders.toArray(JdbcBinder<?>[]::new));
    }
}
