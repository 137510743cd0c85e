package dev.athanor.schema;

import java.util.List;

/**
 * The primary key of a table, {@code PRIMARY KEY (a, b)}; declare it to make a composite key, or
 * mark single columns with {@link Column#primaryKey()}.
 */
public final class PrimaryKeyConstraint extends Constraint {

    /** A primary key over the named columns. */
    public PrimaryKeyConstraint(String... columnNames) {
        super(List.of(columnNames));
    }

    PrimaryKeyConstraint(List<String> columnNames) {
        super(columnNames);
    }

    /** Gives the constraint a name: {@code CONSTRAINT name PRIMARY KEY (…)}. */
    public PrimaryKeyConstraint name(String name) {
        rename(name);
        return this;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visitPrimaryKey(this);
    }

    @Override
    String kind() {
        return "PrimaryKeyConstraint" + columnNames();
    }
}
