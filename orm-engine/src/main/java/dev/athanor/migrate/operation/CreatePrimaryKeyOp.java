package dev.athanor.migrate.operation;

import dev.athanor.schema.Constraint;
import dev.athanor.schema.PrimaryKeyConstraint;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createPrimaryKey}: {@code ALTER TABLE t ADD CONSTRAINT name PRIMARY KEY (cols)}.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the constraint's name
 * @param columns the key's columns in order
 */
public record CreatePrimaryKeyOp(String schema, String table, String name, List<String> columns)
        implements AddConstraintOp {

    public CreatePrimaryKeyOp {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    @Override
    public ConstraintType constraintType() {
        return ConstraintType.PRIMARY_KEY;
    }

    @Override
    public Constraint toConstraint() {
        PrimaryKeyConstraint pk = new PrimaryKeyConstraint(columns.toArray(String[]::new)).name(name);
        SchemaObjects.stubTable(schema, table, columns, pk);
        return pk;
    }

    @Override
    public String describe() {
        return "createPrimaryKey(" + name + " on " + SchemaObjects.qualified(schema, table) + columns + ")";
    }
}
