package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * An expression with fixed SQL around it: {@code NOT x}, {@code DISTINCT x}, {@code -x},
 * {@code x COLLATE "C"}.
 *
 * @param <T> the Java type of the result
 */
public final class UnaryExpression<T> extends ColumnElement<T> {
    private final String prefix;
    private final ColumnElement<?> element;
    private final String suffix;
    private final SqlType<T> type;
    private final int precedence;

    UnaryExpression(String prefix, ColumnElement<?> element, String suffix, SqlType<T> type, int precedence) {
        this.prefix = prefix;
        this.element = element;
        this.suffix = suffix;
        this.type = type;
        this.precedence = precedence;
    }

    /** The SQL before the operand, e.g. {@code "NOT "}. */
    public String prefix() {
        return prefix;
    }

    /** The operand. */
    public ColumnElement<?> element() {
        return element;
    }

    /** The SQL after the operand, e.g. {@code " COLLATE C"}. */
    public String suffix() {
        return suffix;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public int precedence() {
        return precedence;
    }

    @Override
    @SuppressWarnings("unchecked")
    ColumnElement<Boolean> negate() {
        return prefix.equals("NOT ") ? (ColumnElement<Boolean>) element : super.negate();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitUnary(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("unary").append(prefix).append(suffix);
        element.appendCacheKey(key);
    }
}
