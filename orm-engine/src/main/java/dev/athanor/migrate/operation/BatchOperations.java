package dev.athanor.migrate.operation;

import dev.athanor.schema.Column;
import dev.athanor.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code batch} of {@link Operations#batchAlterTable}, as Alembic's {@code BatchOperations}:
 * the same column, constraint and index operations, each on the batch's one table, collected
 * and then applied together — in place where the database can, by recreating the table where it
 * cannot (SQLite).
 */
public final class BatchOperations {
    private final String schema;
    private final String table;
    private final List<SchemaOperation> operations = new ArrayList<>();

    BatchOperations(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    /** The operations collected so far, in order. */
    public List<SchemaOperation> operations() {
        return List.copyOf(operations);
    }

    /** Adds a column. */
    public BatchOperations addColumn(Column<?> column) {
        return add(new AddColumnOp(schema, table, column));
    }

    /** Drops a column, and the batch-recreated table's indexes and constraints on it. */
    public BatchOperations dropColumn(String column) {
        return add(new DropColumnOp(schema, table, column, null));
    }

    /** Changes a column; see {@link AlterColumnOp.Builder}. */
    public BatchOperations alterColumn(String column, Consumer<AlterColumnOp.Builder> change) {
        AlterColumnOp.Builder builder = AlterColumnOp.builder(schema, table, column);
        change.accept(builder);
        return add(builder.build());
    }

    /** Changes a column's type, the commonest batch change on SQLite. */
    public BatchOperations alterColumnType(String column, SqlType<?> type) {
        return alterColumn(column, c -> c.type(type));
    }

    /** Creates an index. */
    public BatchOperations createIndex(String name, String... columns) {
        return add(new CreateIndexOp(schema, table, name, List.of(columns), false, null));
    }

    /** Drops an index. */
    public BatchOperations dropIndex(String name) {
        return add(new DropIndexOp(schema, table, name, null));
    }

    /** Adds a unique constraint. */
    public BatchOperations createUniqueConstraint(String name, String... columns) {
        return add(new CreateUniqueConstraintOp(schema, table, name, List.of(columns)));
    }

    /** Adds a check constraint. */
    public BatchOperations createCheckConstraint(String name, String condition) {
        return add(new CreateCheckConstraintOp(schema, table, name, condition));
    }

    /** Adds a foreign key from {@code localColumns} to {@code referentTable}'s {@code remoteColumns}. */
    public BatchOperations createForeignKey(String name, String referentTable, List<String> localColumns,
                                            List<String> remoteColumns) {
        return add(new CreateForeignKeyOp(schema, table, name, localColumns, null, referentTable, remoteColumns,
                null, null));
    }

    /** Drops a named constraint. */
    public BatchOperations dropConstraint(String name, ConstraintType type) {
        return add(new DropConstraintOp(schema, table, name, type, null));
    }

    private BatchOperations add(SchemaOperation operation) {
        operations.add(operation);
        return this;
    }
}
