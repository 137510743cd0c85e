package dev.athanor.migrate.operation;

import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.Index;
import dev.athanor.schema.ddl.AddColumn;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.DdlElement;
import java.util.ArrayList;
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

    /**
     * The column, then what it declares beside its definition: a unique constraint for
     * {@code unique()}, a foreign key per {@code references(…)}, an index for {@code index()}.
     */
    @Override
    public List<DdlElement> toDdl() {
        List<DdlElement> ddl = new ArrayList<>();
        ddl.add(new AddColumn(schema, table, column));
        List<String> columns = List.of(column.name());
        if (column.isUnique()) {
            ddl.addAll(new CreateUniqueConstraintOp(schema, table, null, columns).toDdl());
        }
        for (ForeignKey fk : column.foreignKeys()) {
            ddl.addAll(new CreateForeignKeyOp(schema, table, fk.name(), columns, fk.referredSchema(), fk.referredTable(),
                    List.of(fk.referredColumn()), fk.onDelete(), fk.onUpdate()).toDdl());
        }
        if (column.isIndexed()) {
            Index index = new Index(null, column.name());
            SchemaObjects.stubTable(schema, table, columns, index);
            ddl.add(new CreateIndex(index));
        }
        return ddl;
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
