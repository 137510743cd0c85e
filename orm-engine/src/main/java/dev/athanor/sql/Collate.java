package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import java.util.function.Consumer;

/**
 * {@code expr COLLATE name}: the collation is an identifier, quoted by the dialect when it needs
 * quotes ({@code COLLATE "C"} on PostgreSQL), as SQLAlchemy's {@code collate()} does.
 *
 * @param <T> the Java type of the expression
 */
public final class Collate<T> extends ColumnElement<T> {
    private final ColumnElement<T> element;
    private final String collation;

    Collate(ColumnElement<T> element, String collation) {
        this.element = element;
        this.collation = Identifiers.require("collation", collation);
    }

    /** The collated expression. */
    public ColumnElement<T> element() {
        return element;
    }

    /** The collation's name, unquoted. */
    public String collation() {
        return collation;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
    }

    @Override
    public int precedence() {
        return Operator.COLLATE_PRECEDENCE;
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        element.collectFroms(froms);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitCollate(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("collate").append(collation);
        element.appendCacheKey(key);
    }
}
