package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.function.Consumer;

/** {@code x BETWEEN low AND high}, or {@code NOT BETWEEN} when negated. */
public final class Between extends ColumnElement<Boolean> {
    private final ColumnElement<?> element;
    private final ColumnElement<?> low;
    private final ColumnElement<?> high;
    private final boolean negated;

    Between(ColumnElement<?> element, ColumnElement<?> low, ColumnElement<?> high, boolean negated) {
        this.element = element;
        this.low = low;
        this.high = high;
        this.negated = negated;
    }

    /** The tested expression. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The lower bound. */
    public ColumnElement<?> low() {
        return low;
    }

    /** The upper bound. */
    public ColumnElement<?> high() {
        return high;
    }

    /** Whether this is {@code NOT BETWEEN}. */
    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType<Boolean> type() {
        return Types.BOOLEAN;
    }

    @Override
    public int precedence() {
        return Operator.COMPARISON_PRECEDENCE;
    }

    @Override
    ColumnElement<Boolean> negate() {
        return new Between(element, low, high, !negated);
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
        low.collectFroms(froms);
        high.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitBetween(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("between").append(negated);
        element.appendCacheKey(key);
        low.appendCacheKey(key);
        high.appendCacheKey(key);
    }
}
