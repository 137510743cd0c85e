package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropTable;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropTable}: {@code DROP TABLE t}.
 *
 * @param schema the schema, or {@code null}
 * @param name the table
 * @param definition the table as it was, so that the drop can be reversed; {@code null} when unknown
 */
public record DropTableOp(String schema, String name, Table definition) implements SchemaOperation {

    public DropTableOp {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new DropTable(definition != null ? definition : SchemaObjects.stubTable(schema, name, List.of())));
    }

    @Override
    public CreateTableOp reverse() {
        if (definition == null) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed: it does not carry the"
                    + " table's definition; build it as new DropTableOp(schema, name, table)");
        }
        return new CreateTableOp(definition);
    }

    @Override
    public String describe() {
        return "dropTable(" + SchemaObjects.qualified(schema, name) + ")";
    }
}
