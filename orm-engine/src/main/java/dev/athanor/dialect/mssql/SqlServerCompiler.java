package dev.athanor.dialect.mssql;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.exc.CompileError;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.StatementKind;
import dev.athanor.sql.TableClause;
import java.util.List;

/**
 * SQL Server's statement compiler: {@code TOP (?)} for a plain limit, {@code OFFSET … FETCH NEXT}
 * (which needs an ORDER BY) for paging, {@code OUTPUT inserted.…} in place of RETURNING,
 * {@code +} for concatenation, {@code LEN}, {@code FROM} forms of multi-table UPDATE and DELETE,
 * and MERGE statements ended by the semicolon SQL Server requires.
 */
public class SqlServerCompiler extends DialectCompiler {
    private String outputPrefix;

    public SqlServerCompiler(SqlServerDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void selectPrefix(BindParameter<Integer> limit, BindParameter<Integer> offset) {
        if (limit != null && offset == null) {
            append("TOP (");
            limit.compile(this);
            append(") ");
        }
    }

    @Override
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (offset == null) {
            return;
        }
        if (!ordered) {
            throw new CompileError("OFFSET on mssql needs an ORDER BY (SQL Server pages with OFFSET … FETCH, which"
                    + " requires one); add orderBy(…) to the select");
        }
        append(" OFFSET ");
        offset.compile(this);
        append(" ROWS");
        if (limit != null) {
            append(" FETCH NEXT ");
            limit.compile(this);
            append(" ROWS ONLY");
        }
    }

    /** {@code OUTPUT inserted.a, …} (or {@code deleted.}) before VALUES, WHERE or the FROM of a DELETE. */
    @Override
    protected void returning(StatementKind kind, List<ColumnElement<?>> columns, boolean beforeValues) {
        if (!beforeValues || columns.isEmpty()) {
            return;
        }
        requireReturning(kind);
        outputPrefix = kind == StatementKind.DELETE ? "deleted" : "inserted";
        try {
            append(" OUTPUT ");
            appendList(columns, ", ");
        } finally {
            outputPrefix = null;
        }
    }

    @Override
    public void visitColumn(ColumnClause<?> column) {
        if (outputPrefix == null) {
            super.visitColumn(column);
        } else {
            append(outputPrefix).append(".").appendIdentifier(column.name());
        }
    }

    @Override
    protected void concat(BinaryExpression<?> binary) {
        infix(binary, "+");
    }

    @Override
    protected String functionName(String name) {
        return name.equals("length") ? "LEN" : name;
    }

    @Override
    protected boolean supportsNullsOrdering() {
        return false;
    }

    /** SQL Server joins lateral subqueries with CROSS/OUTER APPLY, which Athanor does not render yet. */
    @Override
    protected boolean supportsLateral() {
        return false;
    }

    @Override
    protected String recursiveKeyword() {
        return "";
    }

    @Override
    protected String mergeTerminator() {
        return ";";
    }

    @Override
    protected void updateFrom(TableClause target, List<? extends ClauseElement> froms) {
        append(" FROM ");
        target.compile(this);
        append(", ");
        appendList(froms, ", ");
    }

    @Override
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        updateFrom(target, froms);
    }
}
