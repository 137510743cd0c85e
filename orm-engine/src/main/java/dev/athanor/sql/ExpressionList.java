package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.List;
import java.util.function.Consumer;

/** A parenthesised list of expressions: the right side of {@code IN (?, ?)}, or a tuple {@code (a, b)}. */
public final class ExpressionList extends ColumnElement<Object> {
    private final List<ColumnElement<?>> elements;

    ExpressionList(List<? extends ColumnElement<?>> elements) {
        this.elements = List.copyOf(elements);
    }

    /** The expressions in order. */
    public List<ColumnElement<?>> elements() {
        return elements;
    }

    @Override
    public SqlType<Object> type() {
        return Types.NULL;
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        elements.forEach(element -> element.collectFroms(froms));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.append("(").appendList(elements, ", ").append(")");
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("list").append(elements.size());
        elements.forEach(element -> element.appendCacheKey(key));
    }
}
