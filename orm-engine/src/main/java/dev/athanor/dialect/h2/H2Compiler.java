package dev.athanor.dialect.h2;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Delete;
import dev.athanor.sql.Insert;
import dev.athanor.sql.StatementKind;
import dev.athanor.sql.TableClause;
import dev.athanor.sql.Update;
import java.util.List;

/**
 * H2's statement compiler. H2 has no RETURNING; it reads the rows a statement changed through a
 * data-change delta table instead, so {@code insert(t).values(…).returning(t.c("id"))} renders
 * {@code SELECT id FROM FINAL TABLE (INSERT INTO t …)} ({@code OLD TABLE} for DELETE). That is
 * one round trip and works for multi-row inserts too, which {@code getGeneratedKeys} would not
 * for expressions. Upserts are {@code MERGE}s.
 */
public class H2Compiler extends DialectCompiler {

    public H2Compiler(H2Dialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    public void visitInsert(Insert insert) {
        deltaTable(StatementKind.INSERT, "FINAL", insert.returning(), () -> super.visitInsert(insert));
    }

    @Override
    public void visitUpdate(Update update) {
        deltaTable(StatementKind.UPDATE, "FINAL", update.returning(), () -> super.visitUpdate(update));
    }

    @Override
    public void visitDelete(Delete delete) {
        deltaTable(StatementKind.DELETE, "OLD", delete.returning(), () -> super.visitDelete(delete));
    }

    private void deltaTable(StatementKind kind, String which, List<ColumnElement<?>> returning, Runnable statement) {
        if (returning.isEmpty()) {
            statement.run();
            return;
        }
        requireReturning(kind);
        append("SELECT ");
        unqualified(() -> appendList(returning, ", "));
        append(" FROM ").append(which).append(" TABLE (");
        statement.run();
        append(")");
    }

    /** RETURNING is the delta-table wrapper above, never a clause. */
    @Override
    protected void returning(StatementKind kind, List<ColumnElement<?>> columns, boolean beforeValues) {
    }

    /** H2 cannot type a bare {@code ?} in a select list, so MERGE source values are cast to their column's type. */
    @Override
    protected void mergeSourceValue(ColumnClause<?> column, ColumnElement<?> value) {
        if (!(value instanceof BindParameter<?>)) {
            super.mergeSourceValue(column, value);
            return;
        }
        append("CAST(");
        value.compile(this);
        append(" AS ").append(castTypeName(column.type())).append(")");
    }

    @Override
    protected void regexp(BinaryExpression<?> binary, boolean negated) {
        binaryFunction(negated ? "NOT REGEXP_LIKE" : "REGEXP_LIKE", binary);
    }

    @Override
    protected void updateFrom(TableClause target, List<? extends ClauseElement> froms) {
        throw unsupported("UPDATE reading other tables (UPDATE … FROM)");
    }

    @Override
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        throw unsupported("DELETE reading other tables (DELETE … USING)");
    }
}
