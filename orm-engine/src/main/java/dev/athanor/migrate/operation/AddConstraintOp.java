package dev.athanor.migrate.operation;

import dev.athanor.schema.Constraint;
import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.DdlElement;
import java.util.List;

/**
 * An operation that adds a named constraint to an existing table ({@code ALTER TABLE t ADD
 * CONSTRAINT …}); its reverse drops it by name.
 */
public sealed interface AddConstraintOp extends SchemaOperation
        permits CreatePrimaryKeyOp, CreateUniqueConstraintOp, CreateForeignKeyOp, CreateCheckConstraintOp {

    /** The table's schema, or {@code null}. */
    String schema();

    /** The table the constraint is added to. */
    String table();

    /** The constraint's name. */
    String name();

    /** The kind of constraint. */
    ConstraintType constraintType();

    /** The constraint, attached to a stand-in table. */
    Constraint toConstraint();

    @Override
    default List<DdlElement> toDdl() {
        return List.of(new AddConstraint(toConstraint()));
    }

    @Override
    default DropConstraintOp reverse() {
        return new DropConstraintOp(schema(), table(), name(), constraintType(), this);
    }
}
