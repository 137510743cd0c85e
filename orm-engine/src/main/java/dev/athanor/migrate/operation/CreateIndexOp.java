package dev.athanor.migrate.operation;

import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.Index;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.DdlElement;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.createIndex}: {@code CREATE [UNIQUE] INDEX name ON t (cols) [WHERE …]}.
 *
 * @param schema the table's schema, or {@code null}
 * @param table the table
 * @param name the index name
 * @param columns the indexed columns in order
 * @param unique whether the index is unique
 * @param where the condition of a partial index (PostgreSQL, SQLite), rendered verbatim; or {@code null}
 */
public record CreateIndexOp(String schema, String table, String name, List<String> columns, boolean unique,
                            String where) implements SchemaOperation {

    public CreateIndexOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new ArgumentError("createIndex('" + name + "') on table '" + table + "' needs at least one column");
        }
    }

    /** The index attached to a stand-in table, as the DDL compiler renders it. */
    Index toIndex() {
        Index index = new Index(name, columns.toArray(String[]::new));
        if (unique) {
            index.unique();
        }
        if (where != null) {
            index.where(where);
        }
        SchemaObjects.stubTable(schema, table, columns, index);
        return index;
    }

    @Override
    public List<DdlElement> toDdl() {
        return List.of(new CreateIndex(toIndex()));
    }

    @Override
    public DropIndexOp reverse() {
        return new DropIndexOp(schema, table, name, this);
    }

    @Override
    public String describe() {
        return "createIndex(" + name + " on " + SchemaObjects.qualified(schema, table) + columns + ")";
    }
}
