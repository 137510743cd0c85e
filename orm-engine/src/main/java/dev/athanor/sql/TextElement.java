package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;

/**
 * A {@code text()} fragment standing where an expression goes, as SQLAlchemy coerces
 * {@code order_by(text("name DESC"))}: rendered as written, its {@code :name} parameters bound.
 */
final class TextElement extends ColumnElement<Object> {
    private final TextClause text;

    TextElement(TextClause text) {
        this.text = text;
    }

    @Override
    public SqlType<Object> type() {
        return Types.NULL;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitText(text);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        text.appendCacheKey(key);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
