package dev.athanor.schema;

/** One method per kind of {@link Constraint}, so DDL compilers render each kind without type tests. */
public interface ConstraintVisitor<R> {
    R visitPrimaryKey(PrimaryKeyConstraint constraint);

    R visitUnique(UniqueConstraint constraint);

    R visitCheck(CheckConstraint constraint);

    R visitForeignKey(ForeignKeyConstraint constraint);
}
