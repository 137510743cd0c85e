package dev.athanor.migrate.operation;

/** The kind of constraint {@link Operations#dropConstraint} drops; MySQL spells each drop differently. */
public enum ConstraintType {
    PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK
}
