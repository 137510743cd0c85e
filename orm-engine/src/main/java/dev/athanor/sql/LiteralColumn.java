package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;

/**
 * SQL text used as a column expression, rendered exactly as given (SQLAlchemy's
 * {@code literal_column}): {@code literalColumn("1")}, {@code literalColumn("count(*)")}. Never
 * build it from user input.
 *
 * @param <T> the Java type of its values
 */
public final class LiteralColumn<T> extends ColumnElement<T> {
    private final String text;
    private final SqlType<T> type;

    LiteralColumn(String text, SqlType<T> type) {
        this.text = text;
        this.type = type;
    }

    /** The SQL text. */
    public String text() {
        return text;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.appendUserSql(text);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("literal").append(text).append(type);
    }

    @Override
    public String toString() {
        return text;
    }
}
