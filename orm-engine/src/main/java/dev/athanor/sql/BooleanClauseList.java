package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Conditions joined by {@code AND} or {@code OR}; nested lists of the same kind are flattened. */
public final class BooleanClauseList extends ColumnElement<Boolean> {
    private final boolean and;
    private final List<ColumnElement<Boolean>> clauses;

    private BooleanClauseList(boolean and, List<ColumnElement<Boolean>> clauses) {
        this.and = and;
        this.clauses = List.copyOf(clauses);
    }

    /** {@code a AND b AND …}; a single condition is returned as is. */
    @SafeVarargs
    static ColumnElement<Boolean> and(ColumnElement<Boolean>... clauses) {
        return of(true, List.of(clauses));
    }

    /** {@code a OR b OR …}; a single condition is returned as is. */
    @SafeVarargs
    static ColumnElement<Boolean> or(ColumnElement<Boolean>... clauses) {
        return of(false, List.of(clauses));
    }

    static ColumnElement<Boolean> of(boolean and, List<ColumnElement<Boolean>> clauses) {
        List<ColumnElement<Boolean>> flat = new ArrayList<>();
        for (ColumnElement<Boolean> clause : clauses) {
            if (clause instanceof BooleanClauseList list && list.and == and) {
                flat.addAll(list.clauses);
            } else {
                flat.add(clause);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new BooleanClauseList(and, flat);
    }

    /** Whether the conditions are joined by AND (else OR). */
    public boolean isAnd() {
        return and;
    }

    /** The conditions, in order. */
    public List<ColumnElement<Boolean>> clauses() {
        return clauses;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public int precedence() {
        return and ? Operator.AND_PRECEDENCE : Operator.OR_PRECEDENCE;
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        clauses.forEach(clause -> clause.collectFroms(froms));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitBooleanList(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append(and ? "and" : "or").append(clauses.size());
        clauses.forEach(clause -> clause.appendCacheKey(key));
    }
}
