package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;

/**
 * An ORDER BY item: {@code books.pages DESC}, optionally {@code NULLS FIRST}/{@code NULLS LAST}
 * (emulated with a {@code CASE} on databases that lack it).
 */
public final class Ordering implements ClauseElement {
    private final ColumnElement<?> element;
    private final boolean descending;
    private final Boolean nullsFirst;

    Ordering(ColumnElement<?> element, boolean descending, Boolean nullsFirst) {
        this.element = element;
        this.descending = descending;
        this.nullsFirst = nullsFirst;
    }

    /** The sorted expression. */
    public ColumnElement<?> element() {
        return element;
    }

    /** Whether the order is descending. */
    public boolean descending() {
        return descending;
    }

    /** {@code true} for NULLS FIRST, {@code false} for NULLS LAST, {@code null} for the database's default. */
    public Boolean nulls() {
        return nullsFirst;
    }

    /** The same ordering with NULLs sorted first. */
    public Ordering nullsFirst() {
        return new Ordering(element, descending, true);
    }

    /** The same ordering with NULLs sorted last. */
    public Ordering nullsLast() {
        return new Ordering(element, descending, false);
    }

    /**
     * An ascending ordering of an expression, as {@code orderBy(column)} means; a {@code text()}
     * item is rendered as written ({@code orderBy(text("name DESC"))}).
     */
    static Ordering of(ClauseElement item) {
        if (item instanceof Ordering ordering) {
            return ordering;
        }
        if (item instanceof ColumnElement<?> element) {
            return new Ordering(element, false, null);
        }
        if (item instanceof TextClause text) {
            return new Ordering(new TextElement(text), false, null);
        }
        throw new ArgumentError("orderBy() takes expressions, orderings (column.desc()) or text(); got "
                + (item == null ? "null" : item.getClass().getSimpleName() + " " + item));
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitOrdering(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("order").append(descending).append(nullsFirst);
        element.appendCacheKey(key);
    }
}
