package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropConstraint;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropConstraint(name, table, type)}: {@code ALTER TABLE t DROP CONSTRAINT name}, or the
 * dialect's spelling for the kind of constraint ({@code DROP FOREIGN KEY name} on MySQL).
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the constraint's name
 * @param type the kind of constraint
 * @param definition the constraint as it was, so that the drop can be reversed; {@code null} when unknown
 */
public record DropConstraintOp(String schema, String table, String name, ConstraintType type,
                               AddConstraintOp definition) implements SchemaOperation {

    public DropConstraintOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<DdlElement> toDdl() {
        String stub = "_stub";
        Constraint constraint = switch (type) {
            case PRIMARY_KEY -> new PrimaryKeyConstraint(stub).name(name);
            case UNIQUE -> new UniqueConstraint(stub).name(name);
            case CHECK -> new CheckConstraint("1 = 1").name(name);
            case FOREIGN_KEY -> new ForeignKeyConstraint(List.of(stub), List.of("_stub_referent._stub")).name(name);
        };
        SchemaObjects.stubTable(schema, table, List.of(stub), constraint);
        return List.of(new DropConstraint(constraint));
    }

    @Override
    public AddConstraintOp reverse() {
        if (definition == null) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed: it does not carry the"
                    + " constraint's definition; build it as new DropConstraintOp(…, createOp)");
        }
        return definition;
    }

    @Override
    public String describe() {
        return "dropConstraint(" + name + " on " + SchemaObjects.qualified(schema, table) + ", " + type + ")";
    }
}
