package dev.athanor.migrate.operation;

import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createForeignKey}: {@code ALTER TABLE source ADD CONSTRAINT name FOREIGN KEY (local)
 * REFERENCES referent (remote) [ON DELETE …] [ON UPDATE …]}.
 *
 * @param schema the source table's schema, or {@code null}
 * @param table the source (referencing) table
 * @param name the constraint's name
 * @param localColumns the referencing columns
 * @param referentSchema the referenced table's schema, or {@code null}
 * @param referentTable the referenced table
 * @param remoteColumns the referenced columns, paired by position with {@code localColumns}
 * @param onDelete the {@code ON DELETE} action, or {@code null}
 * @param onUpdate the {@code ON UPDATE} action, or {@code null}
 */
public record CreateForeignKeyOp(String schema, String table, String name, List<String> localColumns,
                                 String referentSchema, String referentTable, List<String> remoteColumns,
                                 ReferentialAction onDelete, ReferentialAction onUpdate) implements AddConstraintOp {

    public CreateForeignKeyOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(referentTable, "referentTable");
        localColumns = List.copyOf(localColumns);
        remoteColumns = List.copyOf(remoteColumns);
    }

    @Override
    public ConstraintType constraintType() {
        return ConstraintType.FOREIGN_KEY;
    }

    @Override
    public Constraint toConstraint() {
        String target = SchemaObjects.qualified(referentSchema, referentTable) + ".";
        ForeignKeyConstraint fk = new ForeignKeyConstraint(localColumns,
                remoteColumns.stream().map(column -> target + column).toList())
                .name(name).onDelete(onDelete).onUpdate(onUpdate);
        SchemaObjects.stubTable(schema, table, localColumns, fk);
        return fk;
    }

    @Override
    public String describe() {
        return "createForeignKey(" + name + " on " + SchemaObjects.qualified(schema, table) + localColumns + " -> "
                + SchemaObjects.qualified(referentSchema, referentTable) + remoteColumns + ")";
    }
}
