package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * A window function call: {@code rank() OVER (PARTITION BY books.author_id ORDER BY books.pages DESC)}.
 *
 * @param <T> the Java type of the result
 */
public final class Over<T> extends ColumnElement<T> {
    private final FunctionCall<T> function;
    private final Window window;

    Over(FunctionCall<T> function, Window window) {
        this.function = function;
        this.window = window;
    }

    /** The function evaluated over the window. */
    public FunctionCall<T> function() {
        return function;
    }

    /** The window. */
    public Window window() {
        return window;
    }

    @Override
    public SqlType<T> type() {
        return function.type();
    }

    @Override
    String bindKeyBase() {
        return function.bindKeyBase();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        function.collectFroms(froms);
        window.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitOver(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("over");
        function.appendCacheKey(key);
        window.appendCacheKey(key);
    }
}
