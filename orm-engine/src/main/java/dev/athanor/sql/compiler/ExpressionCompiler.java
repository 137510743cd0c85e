package dev.athanor.sql.compiler;

import dev.athanor.sql.Between;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BooleanClauseList;
import dev.athanor.sql.Case;
import dev.athanor.sql.Cast;
import dev.athanor.sql.Collate;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.FunctionCall;
import dev.athanor.sql.InList;
import dev.athanor.sql.Label;
import dev.athanor.sql.Operator;
import dev.athanor.sql.Ordering;
import dev.athanor.sql.Over;
import dev.athanor.sql.TableClause;
import dev.athanor.sql.UnaryExpression;
import dev.athanor.sql.Window;
import java.util.Locale;

/**
 * Renders expressions for one {@link SqlCompiler}: columns, operators with the parentheses their
 * precedence needs, labels, casts, function calls, window functions, CASE and orderings. Where a
 * dialect spells something its own way ({@code ILIKE}, regular expressions, {@code ||}, {@code %},
 * {@code now()}, NULLS FIRST) this class calls the compiler's hook, so dialects still override
 * one method on their compiler and nothing here.
 *
 * <p>It also holds the context an expression is rendered in, which decides its spelling: the
 * clause it sits in (a {@link Label} is {@code expr AS name} in the columns, {@code name} in ORDER
 * BY, plain {@code expr} elsewhere) and whether columns are qualified by their table (not in an
 * INSERT column list or a SET target).
 */
final class ExpressionCompiler {

    /** Where the expression being rendered sits, which decides how a {@link Label} renders. */
    enum Clause { COLUMNS, ORDER_BY, OTHER }

    private final SqlCompiler compiler;
    private final SqlWriter writer;
    private Clause clause = Clause.OTHER;
    private boolean qualifyColumns = true;

    ExpressionCompiler(SqlCompiler compiler, SqlWriter writer) {
        this.compiler = compiler;
        this.writer = writer;
    }

    // ---- context -------------------------------------------------------------------------------

    /** Runs {@code work} in a clause position (columns, ORDER BY, elsewhere). */
    void inClause(Clause position, Runnable work) {
        within(position, qualifyColumns, work);
    }

    /** Runs {@code work} with columns written without their table. */
    void unqualified(Runnable work) {
        within(clause, false, work);
    }

    private void within(Clause position, boolean qualify, Runnable work) {
        Clause savedClause = clause;
        boolean savedQualify = qualifyColumns;
        clause = position;
        qualifyColumns = qualify;
        try {
            work.run();
        } finally {
            clause = savedClause;
            qualifyColumns = savedQualify;
        }
    }

    /** Renders an element in parentheses when it binds less tightly than its context. */
    void operand(ColumnElement<?> operand, int contextPrecedence, boolean tieNeedsParentheses) {
        int precedence = operand.precedence();
        boolean parentheses = precedence < contextPrecedence || (tieNeedsParentheses && precedence == contextPrecedence);
        if (parentheses) {
            writer.append('(');
        }
        operand.compile(compiler);
        if (parentheses) {
            writer.append(')');
        }
    }

    // ---- columns and names ---------------------------------------------------------------------

    void column(ColumnClause<?> column) {
        TableClause table = column.table();
        if (table != null && qualifyColumns) {
            compiler.qualifier(table);
            writer.append('.');
        }
        compiler.appendIdentifier(column.name());
    }

    void label(Label<?> label) {
        switch (clause) {
            case COLUMNS -> {
                inClause(Clause.OTHER, () -> label.element().compile(compiler));
                writer.append(" AS ");
                compiler.appendIdentifier(label.name());
            }
            case ORDER_BY -> compiler.appendIdentifier(label.name());
            default -> label.element().compile(compiler);
        }
    }

    /** Renders a SELECT-list item, naming it {@code AS name} when the name differs from its own. */
    void selectColumn(ColumnElement<?> column, String name) {
        inClause(Clause.COLUMNS, () -> column.compile(compiler));
        if (name != null && !(column instanceof Label<?>) && !name.equals(naturalColumnName(column))) {
            writer.append(" AS ");
            compiler.appendIdentifier(name);
        }
    }

    private static String naturalColumnName(ColumnElement<?> column) {
        return column instanceof ColumnClause<?> clause ? clause.name() : null;
    }

    // ---- operators -----------------------------------------------------------------------------

    void binary(BinaryExpression<?> binary) {
        switch (binary.operator()) {
            case ILIKE, NOT_ILIKE -> compiler.ilike(binary);
            case REGEXP, NOT_REGEXP -> {
                if (!compiler.supportsRegexp()) {
                    throw compiler.unsupported("regexpMatch");
                }
                compiler.regexp(binary, binary.operator() == Operator.NOT_REGEXP);
            }
            case CONCAT -> compiler.concat(binary);
            case MODULO -> compiler.modulo(binary);
            default -> infix(binary, binary.operator().sql());
        }
    }

    /** Renders {@code left op right} with parentheses where precedence needs them, and any ESCAPE. */
    void infix(BinaryExpression<?> binary, String operator) {
        Operator op = binary.operator();
        // Comparisons do not chain: (a > b) = TRUE keeps its parentheses on the left too.
        operand(binary.left(), op.precedence(), op.precedence() == Operator.COMPARISON_PRECEDENCE);
        writer.append(' ').append(operator).append(' ');
        operand(binary.right(), op.precedence(), !op.associative());
        if (binary.escape() != null) {
            writer.append(" ESCAPE ").append(compiler.renderString(String.valueOf(binary.escape())));
        }
    }

    /** {@code ILIKE} natively, else {@code lower(x) LIKE lower(?)}. */
    void ilike(BinaryExpression<?> binary) {
        boolean negated = binary.operator() == Operator.NOT_ILIKE;
        if (compiler.supportsIlike()) {
            infix(binary, negated ? "NOT ILIKE" : "ILIKE");
            return;
        }
        writer.append("lower(");
        binary.left().compile(compiler);
        writer.append(negated ? ") NOT LIKE lower(" : ") LIKE lower(");
        binary.right().compile(compiler);
        writer.append(')');
    }

    void unary(UnaryExpression<?> unary) {
        writer.append(unary.prefix());
        operand(unary.element(), unary.precedence(), false);
        writer.append(unary.suffix());
    }

    void inList(InList in, boolean asArray) {
        operand(in.element(), in.precedence(), false);
        if (asArray) {
            writer.append(in.negated() ? " <> ALL(" : " = ANY(");
        } else {
            writer.append(in.negated() ? " NOT IN (" : " IN (");
        }
        compiler.bindList(in.values(), asArray);
        writer.append(')');
    }

    void collate(Collate<?> collate) {
        operand(collate.element(), collate.precedence(), false);
        writer.append(" COLLATE ").append(compiler.preparer().quote(collate.collation()));
    }

    void between(Between between) {
        int precedence = Operator.COMPARISON_PRECEDENCE;
        operand(between.element(), precedence, true);
        writer.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(between.low(), precedence, true);
        writer.append(" AND ");
        operand(between.high(), precedence, true);
    }

    void booleanList(BooleanClauseList list) {
        String separator = list.isAnd() ? " AND " : " OR ";
        for (int i = 0; i < list.clauses().size(); i++) {
            if (i > 0) {
                writer.append(separator);
            }
            operand(list.clauses().get(i), list.precedence(), true);
        }
    }

    // ---- functions, casts, CASE ----------------------------------------------------------------

    void cast(Cast<?> cast) {
        writer.append("CAST(");
        cast.element().compile(compiler);
        writer.append(" AS ").append(compiler.castTypeName(cast.type())).append(')');
    }

    void function(FunctionCall<?> function) {
        if (function.name().equals("now")) {
            compiler.now();
            return;
        }
        if (function.bare()) {
            writer.append(function.name().toUpperCase(Locale.ROOT));
        } else {
            writer.append(compiler.functionName(function.name()));
            writer.append('(');
            inClause(Clause.OTHER, () -> compiler.appendList(function.arguments(), ", "));
            writer.append(')');
        }
    }

    void caseExpression(Case<?> caseExpression) {
        writer.append("CASE");
        for (Case.When when : caseExpression.whens()) {
            writer.append(" WHEN ");
            when.condition().compile(compiler);
            writer.append(" THEN ");
            when.result().compile(compiler);
        }
        if (caseExpression.otherwiseResult() != null) {
            writer.append(" ELSE ");
            caseExpression.otherwiseResult().compile(compiler);
        }
        writer.append(" END");
    }

    // ---- windows and orderings -----------------------------------------------------------------

    void over(Over<?> over) {
        if (!compiler.supportsWindowFunctions()) {
            throw compiler.unsupported("Window functions (OVER)");
        }
        over.function().compile(compiler);
        writer.append(" OVER ");
        over.window().compile(compiler);
    }

    void window(Window window) {
        writer.append('(');
        String gap = "";
        if (!window.partitionByColumns().isEmpty()) {
            writer.append("PARTITION BY ");
            compiler.appendList(window.partitionByColumns(), ", ");
            gap = " ";
        }
        if (!window.orderings().isEmpty()) {
            writer.append(gap).append("ORDER BY ");
            compiler.appendList(window.orderings(), ", ");
            gap = " ";
        }
        if (window.frameUnit() != null) {
            writer.append(gap).append(window.frameUnit()).append(" BETWEEN ")
                    .append(frameBound(window.frameStart(), "PRECEDING")).append(" AND ")
                    .append(frameBound(window.frameEnd(), "FOLLOWING"));
        }
        writer.append(')');
    }

    private static String frameBound(Integer bound, String unboundedSide) {
        if (bound == null) {
            return "UNBOUNDED " + unboundedSide;
        }
        if (bound == 0) {
            return "CURRENT ROW";
        }
        return bound < 0 ? -bound + " PRECEDING" : bound + " FOLLOWING";
    }

    void ordering(Ordering ordering) {
        Runnable element = () -> inClause(Clause.ORDER_BY, () -> ordering.element().compile(compiler));
        if (ordering.nulls() != null && !compiler.supportsNullsOrdering()) {
            // NULL sorts as the smallest value here; a leading CASE puts NULLs where asked.
            writer.append("CASE WHEN ");
            inClause(Clause.OTHER, () -> ordering.element().compile(compiler));
            writer.append(ordering.nulls() ? " IS NULL THEN 0 ELSE 1 END, " : " IS NULL THEN 1 ELSE 0 END, ");
        }
        element.run();
        if (ordering.descending()) {
            writer.append(" DESC");
        }
        if (ordering.nulls() != null && compiler.supportsNullsOrdering()) {
            writer.append(ordering.nulls() ? " NULLS FIRST" : " NULLS LAST");
        }
    }
}
