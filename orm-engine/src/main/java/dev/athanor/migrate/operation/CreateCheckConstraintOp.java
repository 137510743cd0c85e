package dev.athanor.migrate.operation;

import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Constraint;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createCheckConstraint}: {@code ALTER TABLE t ADD CONSTRAINT name CHECK (condition)}.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the constraint's name
 * @param condition the condition, rendered verbatim
 */
public record CreateCheckConstraintOp(String schema, String table, String name, String condition)
        implements AddConstraintOp {

    public CreateCheckConstraintOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public ConstraintType constraintType() {
        return ConstraintType.CHECK;
    }

    @Override
    public Constraint toConstraint() {
        CheckConstraint check = new CheckConstraint(condition).name(name);
        SchemaObjects.stubTable(schema, table, List.of(), check);
        return check;
    }

    @Override
    public String describe() {
        return "createCheckConstraint(" + name + " on " + SchemaObjects.qualified(schema, table) + ")";
    }
}
