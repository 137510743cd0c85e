package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code expr IN (…)} over a list of values carried by one parameter, SQLAlchemy's "expanding"
 * bind: the statement's cache key does not depend on the list's length. A dialect that binds
 * arrays sends the list as one array ({@code expr = ANY(?)}, {@code expr <> ALL(?)}); the others
 * get one {@code ?} per value, written in when the statement is executed.
 */
public final class InList extends ColumnElement<Boolean> {
    private final ColumnElement<?> element;
    private final BindParameter<?> values;
    private final boolean negated;

    InList(ColumnElement<?> element, BindParameter<?> values, boolean negated) {
        this.element = element;
        this.values = values;
        this.negated = negated;
    }

    /** The tested expression. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The parameter holding the values as a {@code List}, typed as each value is bound. */
    public BindParameter<?> values() {
        return values;
    }

    /** The values, in order. */
    public List<?> valueList() {
        return (List<?>) values.value();
    }

    /** Whether this is {@code NOT IN}. */
    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public int precedence() {
        return Operator.IN.precedence();
    }

    @Override
    ColumnElement<Boolean> negate() {
        return new InList(element, values, !negated);
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitInList(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("in").append(negated);
        element.appendCacheKey(key);
        values.appendCacheKey(key);
    }
}
