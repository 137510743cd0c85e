package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * {@code CAST(x AS type)}, with the type named as the dialect names it.
 *
 * @param <T> the Java type of the target type
 */
public final class Cast<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final SqlType<T> type;

    Cast(ColumnElement<?> element, SqlType<T> type) {
        this.element = element;
        this.type = type;
    }

    /** The expression being converted. */
    public ColumnElement<?> element() {
        return element;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitCast(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("cast").append(type);
        element.appendCacheKey(key);
    }
}
