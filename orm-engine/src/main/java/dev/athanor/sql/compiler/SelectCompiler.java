package dev.athanor.sql.compiler;

import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.CompoundSelect;
import dev.athanor.sql.Cte;
import dev.athanor.sql.ForUpdate;
import dev.athanor.sql.FromClause;
import dev.athanor.sql.Join;
import dev.athanor.sql.Ordering;
import dev.athanor.sql.Select;
import dev.athanor.sql.SelectBase;
import dev.athanor.sql.Subquery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out SELECTs, set operations, joins, subqueries, CTEs and row locks ({@code FOR UPDATE}) for
 * one {@link SqlCompiler}, which renders their parts and answers the dialect questions.
 *
 * <p>Two pieces of state span the statement. Correlation: a subquery used as a value
 * ({@code EXISTS}, {@code IN}, scalar) leaves out of its FROM the tables its enclosing statements
 * already read, as SQLAlchemy does. CTEs: each is rendered once, where first referenced, into a
 * fragment of its own; they are hoisted into one {@code WITH} in front of the whole statement,
 * dependencies first, with their bind slots ahead of the statement's so the slot order still
 * matches the {@code ?} order.
 */
final class SelectCompiler {
    private final SqlCompiler compiler;
    private final ExpressionCompiler expressions;
    private final Deque<Set<Object>> enclosing = new ArrayDeque<>();
    private final Map<String, SqlCompiler.Fragment> ctes = new LinkedHashMap<>();
    private final Set<String> ctesInProgress = new HashSet<>();
    private boolean recursive;
    private boolean correlateNext;
    private boolean labelNext;

    SelectCompiler(SqlCompiler compiler, ExpressionCompiler expressions) {
        this.compiler = compiler;
        this.expressions = expressions;
    }

    void select(Select select) {
        boolean label = labelNext;
        boolean correlate = correlateNext;
        labelNext = false;
        correlateNext = false;
        List<FromClause> froms = correlated(select, correlate);
        withFrame(froms, () -> {
            compiler.append("SELECT ");
            compiler.selectPrefix(select.limitParameter(), select.offsetParameter());
            distinct(select);
            columns(select, label);
            if (froms.isEmpty()) {
                compiler.append(compiler.emptyFrom());
            } else {
                compiler.append(" FROM ").appendList(froms, ", ");
            }
            if (select.whereClause() != null) {
                compiler.append(" WHERE ");
                select.whereClause().compile(compiler);
            }
            if (!select.groupByColumns().isEmpty()) {
                compiler.append(" GROUP BY ").appendList(select.groupByColumns(), ", ");
            }
            if (select.havingClause() != null) {
                compiler.append(" HAVING ");
                select.havingClause().compile(compiler);
            }
            orderAndPage(select.orderings(), select.limitParameter(), select.offsetParameter());
            if (select.forUpdateClause() != null) {
                select.forUpdateClause().compile(compiler);
            }
        });
    }

    private void distinct(Select select) {
        if (!select.isDistinct()) {
            return;
        }
        if (select.distinctOn().isEmpty()) {
            compiler.append("DISTINCT ");
            return;
        }
        if (!compiler.supportsDistinctOn()) {
            throw compiler.unsupported("SELECT DISTINCT ON (…)");
        }
        compiler.append("DISTINCT ON (").appendList(select.distinctOn(), ", ").append(") ");
    }

    private void columns(Select select, boolean label) {
        List<ColumnElement<?>> columns = select.selectedColumns();
        List<String> names = label ? select.columnNames() : null;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                compiler.append(", ");
            }
            expressions.selectColumn(columns.get(i), names == null ? null : names.get(i));
        }
    }

    private void orderAndPage(List<Ordering> orderings, BindParameter<Integer> limit, BindParameter<Integer> offset) {
        if (!orderings.isEmpty()) {
            compiler.append(" ORDER BY ").appendList(orderings, ", ");
        }
        compiler.limitOffset(limit, offset, !orderings.isEmpty());
    }

    /** The FROM list, less the implicit tables an enclosing statement already reads when correlating. */
    private List<FromClause> correlated(Select select, boolean correlate) {
        List<FromClause> froms = select.froms();
        if (!correlate || enclosing.isEmpty()) {
            return froms;
        }
        Set<Object> outer = identitySet();
        enclosing.forEach(outer::addAll);
        Set<Object> explicit = identitySet();
        explicit.addAll(select.explicitFroms());
        List<FromClause> kept = new ArrayList<>();
        for (FromClause from : froms) {
            if (explicit.contains(from) || !outer.contains(from)) {
                kept.add(from);
            }
        }
        // A subquery that would read no table at all is not correlated, as a lone SELECT needs a FROM.
        return kept.isEmpty() ? froms : kept;
    }

    /** Runs {@code work} with {@code froms} visible to correlated subqueries inside it. */
    void withFrame(Collection<? extends FromClause> froms, Runnable work) {
        Set<Object> frame = identitySet();
        for (FromClause from : froms) {
            frame.add(from);
            frame.addAll(from.tables());
        }
        enclosing.push(frame);
        try {
            work.run();
        } finally {
            enclosing.pop();
        }
    }

    void compound(CompoundSelect compound) {
        boolean label = labelNext;
        boolean correlate = correlateNext;
        CompoundSelect.Kind kind = compound.operation();
        if (kind != CompoundSelect.Kind.UNION && kind != CompoundSelect.Kind.UNION_ALL
                && !compiler.supportsIntersectExcept()) {
            throw compiler.unsupported(kind.sql());
        }
        List<SelectBase> selects = compound.selects();
        for (int i = 0; i < selects.size(); i++) {
            if (i > 0) {
                compiler.append(" ").append(compiler.setOperator(kind)).append(" ");
            }
            labelNext = label;
            correlateNext = correlate;
            selects.get(i).compile(compiler);
        }
        labelNext = false;
        correlateNext = false;
        orderAndPage(compound.orderings(), compound.limitParameter(), compound.offsetParameter());
    }

    /** {@code FOR UPDATE [OF …] [NOWAIT | SKIP LOCKED]}, where the dialect has it. */
    void forUpdate(ForUpdate lock) {
        if (!compiler.supportsForUpdate()) {
            throw compiler.unsupported("SELECT … FOR UPDATE");
        }
        compiler.append(" FOR UPDATE");
        if (!lock.lockedTables().isEmpty()) {
            compiler.append(" OF ");
            for (int i = 0; i < lock.lockedTables().size(); i++) {
                compiler.append(i > 0 ? ", " : "");
                compiler.lockedTable(lock.lockedTables().get(i));
            }
        }
        if (lock.isNowait() || lock.isSkipLocked()) {
            if (!compiler.supportsSkipLocked()) {
                throw compiler.unsupported(lock.isNowait() ? "FOR UPDATE NOWAIT" : "FOR UPDATE SKIP LOCKED");
            }
            compiler.append(lock.isNowait() ? " NOWAIT" : " SKIP LOCKED");
        }
    }

    /** A correlated select used as a value in parentheses: {@code (SELECT …)}, {@code EXISTS (SELECT …)}. */
    void parenthesized(String opening, SelectBase select) {
        compiler.append(opening);
        nested(select, true);
        compiler.append(")");
    }

    /** A select used inside an expression ({@code EXISTS}, {@code IN}, scalar), correlated or not. */
    void nested(SelectBase select, boolean correlate) {
        correlateNext = correlate;
        labelNext = false;
        select.compile(compiler);
    }

    void subquery(Subquery subquery) {
        if (subquery.isLateral()) {
            if (!compiler.supportsLateral()) {
                throw compiler.unsupported("LATERAL subqueries");
            }
            compiler.append("LATERAL ");
        }
        compiler.append("(");
        labelNext = true;
        correlateNext = subquery.isLateral();
        subquery.select().compile(compiler);
        compiler.append(")").append(compiler.aliasKeyword()).appendIdentifier(subquery.name());
    }

    void join(Join join) {
        join.left().compile(compiler);
        if (join.isFull()) {
            if (!compiler.supportsFullOuterJoin()) {
                throw compiler.unsupported("FULL OUTER JOIN");
            }
            compiler.append(" FULL OUTER JOIN ");
        } else {
            compiler.append(join.isOuter() ? " LEFT OUTER JOIN " : " JOIN ");
        }
        if (join.right() instanceof Join nested) {
            // a JOIN (b JOIN c ON …) ON …: the right side's own join binds first
            compiler.append("(");
            nested.compile(compiler);
            compiler.append(")");
        } else {
            join.right().compile(compiler);
        }
        compiler.append(" ON ");
        join.on().compile(compiler);
    }

    void cteReference(Cte cte) {
        if (!compiler.supportsCte()) {
            throw compiler.unsupported("WITH (common table expressions)");
        }
        String name = cte.name();
        if (!ctes.containsKey(name) && ctesInProgress.add(name)) {
            SqlCompiler.Fragment body = compiler.capture(() -> {
                compiler.appendIdentifier(name);
                if (cte.isRecursive()) {
                    compiler.append("(");
                    List<String> names = cte.body().columnNames();
                    for (int i = 0; i < names.size(); i++) {
                        compiler.append(i > 0 ? ", " : "").appendIdentifier(names.get(i));
                    }
                    compiler.append(")");
                }
                compiler.append(" AS (");
                labelNext = true;
                correlateNext = false;
                cte.body().compile(compiler);
                compiler.append(")");
            });
            ctesInProgress.remove(name);
            ctes.put(name, body);
            recursive |= cte.isRecursive();
        }
        compiler.appendIdentifier(name);
    }

    /** The statement with its CTEs in front: {@code WITH a AS (…), b AS (…) <statement>}. */
    SqlCompiler.Fragment prependCtes(SqlCompiler.Fragment statement) {
        if (ctes.isEmpty()) {
            return statement;
        }
        StringBuilder sql = new StringBuilder("WITH ");
        if (recursive) {
            sql.append(compiler.recursiveKeyword());
        }
        List<BindSlot> slots = new ArrayList<>();
        String separator = "";
        for (SqlCompiler.Fragment cte : ctes.values()) {
            sql.append(separator).append(cte.sql());
            slots.addAll(cte.slots());
            separator = ", ";
        }
        sql.append(' ').append(statement.sql());
        slots.addAll(statement.slots());
        return new SqlCompiler.Fragment(sql.toString(), slots);
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
