package dev.athanor.engine;

import dev.athanor.dialect.JdbcBinder;
import dev.athanor.sql.Executable;
import dev.athanor.sql.compiler.CompiledSql;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's "insertmanyvalues": an {@code INSERT … RETURNING} executed with many parameter sets
 * cannot go as a JDBC batch (a batch returns no rows), so it is sent as a few multi-row
 * {@code INSERT … VALUES (…), (…), … RETURNING} statements, each as large as the dialect's bind
 * parameter limit allows (at most {@value #MAX_ROWS} rows), and their rows are returned as one
 * result in the order the database sent them. The SQL is built from the cached compilation by
 * repeating its VALUES row; nothing is recompiled.
 */
final class ManyValuesInsert {
    static final int MAX_ROWS = 1000;

    private ManyValuesInsert() {
    }

    static Result run(StatementRunner runner, Executable statement, StatementPlan plan, List<Object[]> parameterSets,
                      boolean cacheHit) {
        CompiledSql compiled = plan.compiled();
        CompiledSql.ManyValues location = compiled.manyValues();
        String sql = compiled.sql();
        String head = sql.substring(0, location.start());
        String row = sql.substring(location.start(), location.end());
        String tail = sql.substring(location.end());
        int first = location.firstSlot();
        int perRow = location.slotCount();
        int total = compiled.slots().size();
        int after = total - first - perRow;
        int rowsPerStatement = Math.max(1, Math.min(MAX_ROWS,
                (runner.maxBindParameters() - first - after) / Math.max(1, perRow)));

        List<Row> rows = new ArrayList<>();
        Result last = null;
        for (int from = 0; from < parameterSets.size(); from += rowsPerStatement) {
            int count = Math.min(rowsPerStatement, parameterSets.size() - from);
            StringBuilder text = new StringBuilder(sql.length() + count * (row.length() + 2)).append(head);
            Object[] values = new Object[first + count * perRow + after];
            JdbcBinder<?>[] binders = new JdbcBinder<?>[values.length];
            Object[] leading = parameterSets.get(from);
            System.arraycopy(leading, 0, values, 0, first);
            System.arraycopy(plan.binders(), 0, binders, 0, first);
            for (int k = 0; k < count; k++) {
                text.append(k > 0 ? ", " : "").append(row);
                System.arraycopy(parameterSets.get(from + k), first, values, first + k * perRow, perRow);
                System.arraycopy(plan.binders(), first, binders, first + k * perRow, perRow);
            }
            text.append(tail);
            System.arraycopy(leading, first + perRow, values, first + count * perRow, after);
            System.arraycopy(plan.binders(), first + perRow, binders, first + count * perRow, after);
            last = runner.runSingle(statement, text.toString(), values, binders, plan, cacheHit);
            rows.addAll(last.all());
        }
        return rows.isEmpty() ? last : Result.ofRows(rows.get(0).metadata(), BufferedCursor.of(rows.get(0).metadata(), rows));
    }
}
