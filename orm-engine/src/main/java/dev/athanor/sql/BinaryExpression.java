package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * Two expressions joined by an {@link Operator}: {@code users.id = ?}, {@code price * ?},
 * {@code name LIKE ? ESCAPE '/'}.
 *
 * @param <T> the Java type of the result
 */
public final class BinaryExpression<T> extends ColumnElement<T> {
    private final ColumnElement<?> left;
    private final Operator operator;
    private final ColumnElement<?> right;
    private final SqlType<T> type;
    private final Character escape;

    BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type,
                     Character escape) {
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.type = type;
        this.escape = escape;
    }

    /** The left operand. */
    public ColumnElement<?> left() {
        return left;
    }

    /** The operator. */
    public Operator operator() {
        return operator;
    }

    /** The right operand. */
    public ColumnElement<?> right() {
        return right;
    }

    /** The {@code ESCAPE} character of a LIKE, or {@code null}. */
    public Character escape() {
        return escape;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    @SuppressWarnings("unchecked")
    ColumnElement<Boolean> negate() {
        Operator negated = operator.negation();
        return negated == null ? super.negate()
                : (ColumnElement<Boolean>) new BinaryExpression<>(left, negated, right, type, escape);
    }

    @Override
    public int precedence() {
        return operator.precedence();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        left.collectFroms(froms);
        right.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitBinary(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("binary").append(operator).append(escape);
        left.appendCacheKey(key);
        right.appendCacheKey(key);
    }
}
