package dev.athanor.migrate.operation;

import dev.athanor.schema.Column;
import dev.athanor.schema.ddl.AddColumn;
import dev.athanor.schema.ddl.DdlElement;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.addColumn}: {@code ALTER TABLE t ADD COLUMN c …}, the column written as in {@code CREATE
 * TABLE} (type, {@code NOT NULL}, server default, comment). A new {@code NOT NULL} column on a table
 * with rows needs a server default.
 *
 * @param schema the schema, or {@code null}
 * @param table the table
 * @param column the new column, not attached to any table
 */
public record AddColumnOp(String schema, String table, Column<?> column) implements SchemaOperation {

    public AddColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new AddColumn(schema, table, column));
    }

    @Override
    public DropColumnOp reverse() {
        return new DropColumnOp(schema, table, column.name(), column);
    }

    @Override
    public String describe() {
        return "addColumn(" + SchemaObjects.qualified(schema, table) + "." + column.name() + ")";
    }
}
