package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import java.util.List;

/** Values of the named columns are unique together: {@code UNIQUE (a, b)}. */
public final class UniqueConstraint extends Constraint {

    /** A unique constraint over the named columns. */
    public UniqueConstraint(String... columnNames) {
        super(List.of(columnNames));
        if (columnNames.length == 0) {
            throw new ArgumentError("A UniqueConstraint needs at least one column name");
        }
    }

    /** Gives the constraint a name: {@code CONSTRAINT name UNIQUE (…)}. */
    public UniqueConstraint name(String name) {
        rename(name);
        return this;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visitUnique(this);
    }

    @Override
    String kind() {
        return "UniqueConstraint" + columnNames();
    }
}
