package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import java.util.List;

/** A condition every row satisfies, written in SQL: {@code new CheckConstraint("price >= 0")} renders {@code CHECK (price >= 0)}. */
public final class CheckConstraint extends Constraint {
    private final String sqlText;

    /** A check whose condition is rendered verbatim. */
    public CheckConstraint(String sqlText) {
        super(List.of());
        if (sqlText == null || sqlText.isBlank()) {
            throw new ArgumentError("A CheckConstraint needs an SQL condition, e.g. \"price >= 0\"");
        }
        this.sqlText = sqlText;
    }

    /** Gives the constraint a name: {@code CONSTRAINT name CHECK (…)}. */
    public CheckConstraint name(String name) {
        rename(name);
        return this;
    }

    /** The condition as written. */
    public String sqlText() {
        return sqlText;
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visitCheck(this);
    }

    @Override
    String kind() {
        return "CheckConstraint(" + sqlText + ")";
    }
}
