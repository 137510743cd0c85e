package dev.athanor.sql;

/**
 * Something a select can join to that supplies its own ON clause, so Core need not infer one
 * from foreign keys: the ORM's relationship attributes implement it, making
 * {@code select(Author.class).join(Author_.books)} render
 * {@code FROM author JOIN book ON author.id = book.author_id}.
 */
public interface JoinTarget {

    /**
     * The FROM element that joins {@code left} to this target: one {@link Join}, or two when the
     * link runs through an association table.
     *
     * @param left what is joined so far (a table, an alias or a join)
     * @param isOuter LEFT OUTER JOIN instead of JOIN
     */
    FromClause joinFrom(FromClause left, boolean isOuter);
}
