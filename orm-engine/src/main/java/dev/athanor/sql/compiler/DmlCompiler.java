package dev.athanor.sql.compiler;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Delete;
import dev.athanor.sql.FromClause;
import dev.athanor.sql.Insert;
import dev.athanor.sql.OnConflict;
import dev.athanor.sql.StatementKind;
import dev.athanor.sql.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out INSERT, UPDATE and DELETE for one {@link SqlCompiler}: column lists, VALUES rows,
 * SET clauses, multi-table forms, RETURNING at the place the dialect wants it, and upserts in the
 * dialect's style ({@code ON CONFLICT}, {@code ON DUPLICATE KEY UPDATE} or {@code MERGE}).
 */
final class DmlCompiler {
    private final SqlCompiler compiler;
    private final SelectCompiler selects;
    private final SqlWriter writer;

    DmlCompiler(SqlCompiler compiler, SelectCompiler selects, SqlWriter writer) {
        this.compiler = compiler;
        this.selects = selects;
        this.writer = writer;
    }

    void insert(Insert insert) {
        OnConflict upsert = insert.onConflict();
        if (upsert != null && compiler.upsertStyle() == SqlCompiler.UpsertStyle.MERGE) {
            merge(insert, upsert);
            return;
        }
        if (upsert != null && compiler.upsertStyle() == SqlCompiler.UpsertStyle.NONE) {
            throw compiler.unsupported("INSERT … ON CONFLICT (upsert)");
        }
        compiler.append("INSERT INTO ");
        insert.table().compile(compiler);
        List<ColumnElement<?>> returning = insert.returning();
        if (insert.select() != null) {
            columnList(insert.selectColumns());
            compiler.returning(StatementKind.INSERT, returning, true);
            compiler.append(" ");
            selects.nested(insert.select(), false);
        } else if (insert.rows().isEmpty()) {
            compiler.returning(StatementKind.INSERT, returning, true);
            compiler.defaultValues();
        } else {
            values(insert, returning);
        }
        if (upsert != null) {
            upsert(upsert);
        }
        compiler.returning(StatementKind.INSERT, returning, false);
    }

    private void values(Insert insert, List<ColumnElement<?>> returning) {
        List<Map<ColumnClause<?>, ColumnElement<?>>> rows = insert.rows();
        if (rows.size() > 1 && !compiler.supportsMultiRowInsert()) {
            throw compiler.unsupported("INSERT with several VALUES rows");
        }
        columnList(new ArrayList<>(rows.get(0).keySet()));
        compiler.returning(StatementKind.INSERT, returning, true);
        compiler.append(" VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            compiler.append(i > 0 ? ", " : "");
            int start = writer.position();
            int firstSlot = writer.slotCount();
            compiler.append("(").appendList(new ArrayList<>(rows.get(i).values()), ", ").append(")");
            if (rows.size() == 1 && !returning.isEmpty() && start >= 0) {
                writer.recordManyValues(new CompiledSql.ManyValues(start, writer.position(), firstSlot,
                        writer.slotCount() - firstSlot));
            }
        }
    }

    private void columnList(List<ColumnClause<?>> columns) {
        compiler.append(" (");
        compiler.unqualified(() -> compiler.appendList(columns, ", "));
        compiler.append(")");
    }

    private void upsert(OnConflict upsert) {
        if (compiler.upsertStyle() == SqlCompiler.UpsertStyle.ON_DUPLICATE_KEY) {
            compiler.onDuplicateKeyUpdate(upsert);
            return;
        }
        compiler.append(" ON CONFLICT");
        if (!upsert.indexElements().isEmpty()) {
            compiler.append(" (");
            compiler.unqualified(() -> compiler.appendList(upsert.indexElements(), ", "));
            compiler.append(")");
        } else if (!upsert.doNothing()) {
            throw new ArgumentError("ON CONFLICT DO UPDATE on " + compiler.dialectName()
                    + " needs the conflicting key's columns: onConflictDoUpdate(List.of(table.c(\"id\")), …)");
        }
        if (upsert.doNothing()) {
            compiler.append(" DO NOTHING");
        } else {
            compiler.append(" DO UPDATE SET ");
            assignments(upsert.set(), false);
        }
    }

    /**
     * MySQL's upsert clause: {@code ON DUPLICATE KEY UPDATE a = VALUES(a)}; a do-nothing upsert
     * assigns a key column to itself, as there is no way to say "do nothing".
     */
    void onDuplicateKeyUpdateClause(OnConflict upsert) {
        compiler.append(" ON DUPLICATE KEY UPDATE ");
        if (upsert.doNothing()) {
            ColumnClause<?> column = upsert.indexElements().isEmpty() ? null : upsert.indexElements().get(0);
            if (column == null) {
                throw new ArgumentError("onConflictDoNothing() on " + compiler.dialectName()
                        + " needs a key column to assign to itself: onConflictDoNothing(table.c(\"id\"))");
            }
            compiler.unqualified(() -> column.compile(compiler));
            compiler.append(" = ");
            compiler.unqualified(() -> column.compile(compiler));
        } else {
            assignments(upsert.set(), false);
        }
    }

    /** {@code a = ?, b = expr}: targets unqualified unless a multi-table UPDATE needs them qualified. */
    private void assignments(Map<ColumnClause<?>, ColumnElement<?>> values, boolean qualifyTargets) {
        String separator = "";
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : values.entrySet()) {
            compiler.append(separator);
            if (qualifyTargets) {
                entry.getKey().compile(compiler);
            } else {
                compiler.unqualified(() -> entry.getKey().compile(compiler));
            }
            compiler.append(" = ");
            entry.getValue().compile(compiler);
            separator = ", ";
        }
    }

    /**
     * An upsert as {@code MERGE INTO t USING (SELECT ? AS a, …) excluded ON (t.key = excluded.key)
     * WHEN MATCHED THEN UPDATE SET … WHEN NOT MATCHED THEN INSERT (…) VALUES (excluded.a, …)}.
     */
    private void merge(Insert insert, OnConflict upsert) {
        if (insert.rows().size() != 1) {
            throw compiler.unsupported("An upsert of " + (insert.rows().isEmpty() ? "a SELECT" : "several rows")
                    + " (MERGE takes one VALUES row here)");
        }
        if (upsert.indexElements().isEmpty()) {
            throw new ArgumentError("An upsert on " + compiler.dialectName() + " is a MERGE, which needs the key"
                    + " columns to match on: onConflictDoUpdate(List.of(table.c(\"id\")), …)");
        }
        if (!insert.returning().isEmpty()) {
            throw compiler.unsupported("An upsert (MERGE) with RETURNING");
        }
        Map<ColumnClause<?>, ColumnElement<?>> row = insert.rows().get(0);
        compiler.append("MERGE INTO ");
        insert.table().compile(compiler);
        compiler.append(" USING (SELECT ");
        String separator = "";
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : row.entrySet()) {
            compiler.append(separator);
            compiler.mergeSourceValue(entry.getKey(), entry.getValue());
            compiler.append(" AS ").appendIdentifier(entry.getKey().name());
            separator = ", ";
        }
        compiler.append(compiler.emptyFrom()).append(") excluded ON (");
        separator = "";
        for (ColumnClause<?> key : upsert.indexElements()) {
            compiler.append(separator);
            key.compile(compiler);
            compiler.append(" = excluded.").appendIdentifier(key.name());
            separator = " AND ";
        }
        compiler.append(")");
        if (!upsert.doNothing()) {
            compiler.append(" WHEN MATCHED THEN UPDATE SET ");
            assignments(upsert.set(), false);
        }
        compiler.append(" WHEN NOT MATCHED THEN INSERT (");
        compiler.unqualified(() -> compiler.appendList(new ArrayList<>(row.keySet()), ", "));
        compiler.append(") VALUES (");
        separator = "";
        for (ColumnClause<?> column : row.keySet()) {
            compiler.append(separator).append("excluded.").appendIdentifier(column.name());
            separator = ", ";
        }
        compiler.append(")").append(compiler.mergeTerminator());
    }

    void update(Update update) {
        if (update.values().isEmpty()) {
            throw new ArgumentError("update(" + update.table().name() + ") sets no columns; call values(…) or"
                    + " execute it with parameters named after the columns to set");
        }
        List<FromClause> extra = update.extraFroms();
        List<FromClause> frame = new ArrayList<>(extra);
        frame.add(update.table());
        selects.withFrame(frame, () -> {
            compiler.append("UPDATE ");
            update.table().compile(compiler);
            boolean tablesAfterTarget = !extra.isEmpty() && compiler.updateTablesAfterTarget();
            if (tablesAfterTarget) {
                compiler.append(", ").appendList(extra, ", ");
            }
            compiler.append(" SET ");
            assignments(update.values(), tablesAfterTarget);
            compiler.returning(StatementKind.UPDATE, update.returning(), true);
            if (!extra.isEmpty() && !tablesAfterTarget) {
                compiler.updateFrom(update.table(), extra);
            }
            if (update.whereClause() != null) {
                compiler.append(" WHERE ");
                update.whereClause().compile(compiler);
            }
            compiler.returning(StatementKind.UPDATE, update.returning(), false);
        });
    }

    void delete(Delete delete) {
        List<FromClause> extra = delete.extraFroms();
        List<FromClause> frame = new ArrayList<>(extra);
        frame.add(delete.table());
        selects.withFrame(frame, () -> {
            compiler.append("DELETE FROM ");
            delete.table().compile(compiler);
            compiler.returning(StatementKind.DELETE, delete.returning(), true);
            if (!extra.isEmpty()) {
                compiler.deleteUsing(delete.table(), extra);
            }
            if (delete.whereClause() != null) {
                compiler.append(" WHERE ");
                delete.whereClause().compile(compiler);
            }
            compiler.returning(StatementKind.DELETE, delete.returning(), false);
        });
    }
}
