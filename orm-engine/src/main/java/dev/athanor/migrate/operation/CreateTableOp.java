package dev.athanor.migrate.operation;

import dev.athanor.schema.Index;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DdlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createTable}: {@code CREATE TABLE} with its columns and constraints, then the table's
 * indexes. PostgreSQL enum types its columns use are not created here: create them first with
 * {@link CreateEnumTypeOp}.
 *
 * @param table the table as declared (in a MetaData of its own when built by {@link Operations})
 */
public record CreateTableOp(Table table) implements SchemaOperation {

    public CreateTableOp {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<DdlElement> toDdl() {
        List<DdlElement> ddl = new ArrayList<>();
        ddl.add(new CreateTable(table));
        for (Index index : table.indexes()) {
            ddl.add(new CreateIndex(index));
        }
        return ddl;
    }

    @Override
    public DropTableOp reverse() {
        return new DropTableOp(table.schema(), table.name(), table);
    }

    @Override
    public String describe() {
        return "createTable(" + table.key() + ")";
    }
}
