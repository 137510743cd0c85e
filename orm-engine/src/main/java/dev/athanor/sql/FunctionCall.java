package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.List;
import java.util.function.Consumer;

/**
 * A call of an SQL function, built through {@link Sql#func}: {@code count(*)},
 * {@code coalesce(users.nickname, users.name)}, {@code CURRENT_DATE}. Dialects may rename the
 * function ({@code length} is {@code LEN} on SQL Server).
 *
 * @param <T> the Java type of the result
 */
public final class FunctionCall<T> extends ColumnElement<T> {
    private final String name;
    private final List<ColumnElement<?>> arguments;
    private final SqlType<T> type;
    private final boolean bare;

    FunctionCall(String name, List<? extends ColumnElement<?>> arguments, SqlType<T> type, boolean bare) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
        this.bare = bare;
    }

    /** The function's name as written in Java, e.g. {@code count}. */
    public String name() {
        return name;
    }

    /** The arguments in order. */
    public List<ColumnElement<?>> arguments() {
        return arguments;
    }

    /** Whether the SQL standard writes this function without parentheses ({@code CURRENT_DATE}). */
    public boolean bare() {
        return bare;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    String bindKeyBase() {
        return name;
    }

    /**
     * This function as a window function: {@code rank() OVER (PARTITION BY … ORDER BY …)}.
     *
     * <pre>{@code
     * func.rank().over(window().partitionBy(books.c("author_id")).orderBy(books.c("pages").desc()))
     * }</pre>
     */
    public Over<T> over(Window window) {
        return new Over<>(this, window);
    }

    /** This function over the whole result: {@code sum(x) OVER ()}. */
    public Over<T> over() {
        return new Over<>(this, Window.EMPTY);
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        arguments.forEach(argument -> argument.collectFroms(froms));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitFunction(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("func").append(name).append(type).append(arguments.size());
        arguments.forEach(argument -> argument.appendCacheKey(key));
    }
}
