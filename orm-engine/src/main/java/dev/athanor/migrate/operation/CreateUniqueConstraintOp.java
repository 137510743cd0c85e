package dev.athanor.migrate.operation;

import dev.athanor.schema.Constraint;
import dev.athanor.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createUniqueConstraint}: {@code ALTER TABLE t ADD CONSTRAINT name UNIQUE (cols)}.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the constraint's name
 * @param columns the columns unique together
 */
public record CreateUniqueConstraintOp(String schema, String table, String name, List<String> columns)
        implements AddConstraintOp {

    public CreateUniqueConstraintOp {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    @Override
    public ConstraintType constraintType() {
        return ConstraintType.UNIQUE;
    }

    @Override
    public Constraint toConstraint() {
        UniqueConstraint unique = new UniqueConstraint(columns.toArray(String[]::new)).name(name);
        SchemaObjects.stubTable(schema, table, columns, unique);
        return unique;
    }

    @Override
    public String describe() {
        return "createUniqueConstraint(" + name + " on " + SchemaObjects.qualified(schema, table) + columns + ")";
    }
}
