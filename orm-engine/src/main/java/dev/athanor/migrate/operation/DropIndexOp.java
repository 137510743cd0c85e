package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Index;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropIndex;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropIndex}: {@code DROP INDEX name} ({@code … ON t} on MySQL and SQL Server).
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the index name
 * @param definition the index as it was, so that the drop can be reversed; {@code null} when unknown
 */
public record DropIndexOp(String schema, String table, String name, CreateIndexOp definition)
        implements SchemaOperation {

    public DropIndexOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<DdlElement> toDdl() {
        Index index = new Index(name, "_stub");
        SchemaObjects.stubTable(schema, table, List.of("_stub"), index);
        return List.of(new DropIndex(index));
    }

    @Override
    public CreateIndexOp reverse() {
        if (definition == null) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed: it does not carry the"
                    + " index's columns; build it as new DropIndexOp(schema, table, name, createIndexOp)");
        }
        return definition;
    }

    @Override
    public String describe() {
        return "dropIndex(" + name + " on " + SchemaObjects.qualified(schema, table) + ")";
    }
}
