package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Column;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropColumn;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.dropColumn}: {@code ALTER TABLE t DROP COLUMN c}.
 *
 * @param schema the schema, or {@code null}
 * @param table the table
 * @param column the column's name
 * @param definition the column as it was, so that the drop can be reversed; {@code null} when unknown
 */
public record DropColumnOp(String schema, String table, String column, Column<?> definition)
        implements SchemaOperation {

    public DropColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new DropColumn(schema, table, column));
    }

    @Override
    public AddColumnOp reverse() {
        if (definition == null) {
            throw new InvalidRequestError("Operation " + describe() + " cannot be reversed: it does not carry the"
                    + " column's definition; build it as new DropColumnOp(schema, table, name, column)");
        }
        return new AddColumnOp(schema, table, definition);
    }

    @Override
    public String describe() {
        return "dropColumn(" + SchemaObjects.qualified(schema, table) + "." + column + ")";
    }
}
