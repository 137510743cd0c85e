package dev.athanor.sql;

import java.util.List;

/**
 * Something a SELECT reads rows from: a table, an alias, a subquery, a CTE or a join of them.
 * Any of them joins to another, as SQLAlchemy's {@code authors.outerjoin(books)} does, and the
 * result can be joined further and given to {@link Select#selectFrom}:
 *
 * <pre>{@code
 * select(authors.c("name"), books.c("title"))
 *         .selectFrom(authors.outerJoin(books).join(reviews));
 * // FROM authors LEFT OUTER JOIN books ON authors.id = books.author_id
 * //   JOIN reviews ON books.id = reviews.book_id
 * }</pre>
 */
public interface FromClause extends ClauseElement, SelectItem {

    /** The columns this FROM element offers, in order. */
    List<? extends ColumnClause<?>> columns();

    /** The named elements inside (a join's tables, or this element itself). */
    default List<TableClause> tables() {
        return List.of((TableClause) this);
    }

    /**
     * {@code this JOIN right ON …}, the condition inferred from the single foreign key between them.
     *
     * @throws dev.athanor.exc.ArgumentError naming both sides when no foreign key, or more than one, links them
     */
    default Join join(FromClause right) {
        return Join.make(this, right, null, false, false);
    }

    /** {@code this JOIN right ON on}. */
    default Join join(FromClause right, ColumnElement<Boolean> on) {
        return Join.make(this, right, requireOn(on), false, false);
    }

    /**
     * {@code this LEFT OUTER JOIN right ON …}, the condition inferred from the foreign key.
     *
     * @throws dev.athanor.exc.ArgumentError naming both sides when no foreign key, or more than one, links them
     */
    default Join outerJoin(FromClause right) {
        return Join.make(this, right, null, true, false);
    }

    /** {@code this LEFT OUTER JOIN right ON on}. */
    default Join outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return Join.make(this, right, requireOn(on), true, false);
    }

    /**
     * {@code this FULL OUTER JOIN right ON …}, the condition inferred from the foreign key.
     *
     * @throws dev.athanor.exc.ArgumentError naming both sides when no foreign key, or more than one, links them
     */
    default Join fullOuterJoin(FromClause right) {
        return Join.make(this, right, null, true, true);
    }

    /** {@code this FULL OUTER JOIN right ON on}. */
    default Join fullOuterJoin(FromClause right, ColumnElement<Boolean> on) {
        return Join.make(this, right, requireOn(on), true, true);
    }

    private static ColumnElement<Boolean> requireOn(ColumnElement<Boolean> on) {
        if (on == null) {
            throw new dev.athanor.exc.ArgumentError("join() was given a null ON condition; leave it out to infer"
                    + " it from the foreign key: join(right)");
        }
        return on;
    }

    @Override
    default List<? extends ColumnElement<?>> selectedColumns() {
        return columns();
    }
}
