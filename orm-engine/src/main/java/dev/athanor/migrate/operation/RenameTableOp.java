package dev.athanor.migrate.operation;

import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.RenameTable;
import java.util.List;

/**
 * {@code op.renameTable}: {@code ALTER TABLE t RENAME TO n}.
 *
 * @param schema the schema, or {@code null}
 * @param table the current name
 * @param newName the new name
 */
public record RenameTableOp(String schema, String table, String newName) implements SchemaOperation {

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new RenameTable(schema, table, newName));
    }

    @Override
    public RenameTableOp reverse() {
        return new RenameTableOp(schema, newName, table);
    }

    @Override
    public String describe() {
        return "renameTable(" + SchemaObjects.qualified(schema, table) + " -> " + newName + ")";
    }
}
