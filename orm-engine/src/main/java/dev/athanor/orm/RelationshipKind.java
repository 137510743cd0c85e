package dev.athanor.orm;

/** The direction of a relationship, from the foreign keys between the two tables. */
public enum RelationshipKind {
    /** This class's table holds the foreign key to the target ({@code Book.author}). */
    MANY_TO_ONE,
    /** The target's table holds the foreign key to this class ({@code Author.books}, or a one-to-one). */
    ONE_TO_MANY,
    /** Rows are linked through a secondary (association) table ({@code Post.tags}). */
    MANY_TO_MANY
}
