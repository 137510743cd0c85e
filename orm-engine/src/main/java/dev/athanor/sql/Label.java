package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * An expression with a name: {@code count(books.id) AS n} in a column list, {@code n} in ORDER BY,
 * the bare expression anywhere else. The name is the key of the result column.
 *
 * @param <T> the Java type of the expression
 */
public final class Label<T> extends ColumnElement<T> {
    private final String name;
    private final ColumnElement<T> element;

    Label(String name, ColumnElement<T> element) {
        this.name = name;
        this.element = element;
    }

    /** The label. */
    public String name() {
        return name;
    }

    /** The labelled expression. */
    public ColumnElement<T> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
    }

    @Override
    String bindKeyBase() {
        return name;
    }

    @Override
    public int precedence() {
        return element.precedence();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitLabel(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("label").append(name);
        element.appendCacheKey(key);
    }
}
