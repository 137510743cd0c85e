package dev.athanor.migrate.operation;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Connection;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.ddl.DdlRenderer;
import dev.athanor.migrate.ddl.TableRecreate;
import dev.athanor.migrate.runtime.MigrationContext;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.SchemaItem;
import dev.athanor.schema.Sequence;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code op} object a migration receives, as Alembic's {@code alembic.op}: each method builds
 * an immutable operation and runs it in the {@link MigrationContext}, rendered for its dialect.
 * Tables in a non-default schema: build the operation record with its schema and {@link #invoke} it.
 *
 * <pre>{@code
 * op.createTable("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)).notNull());
 * op.addColumn("users", Column.of("email", string(200)));
 * op.alterColumn("users", "name", c -> c.type(string(100)).existingType(string(50)).existingNullable(false));
 * op.createIndex("ix_users_email", "users", "email");
 * }</pre>
 */
public class Operations {
    private final MigrationContext context;

    /** Operations that run in {@code context}. */
    public Operations(MigrationContext context) {
        this.context = context;
    }

    /** The context the operations run in. */
    public MigrationContext context() {
        return context;
    }

    /** Runs one operation: its DDL rendered for the context's dialect, or its statement. */
    public void invoke(MigrateOperation operation) {
        context.operationStarted(operation.describe());
        if (operation instanceof SchemaOperation schemaOperation) {
            for (String sql : DdlRenderer.render(context.dialect(), operation.describe(), schemaOperation.toDdl())) {
                context.execute(sql);
            }
        } else if (operation instanceof ExecuteSqlOp execute) {
            context.execute(execute.statement());
        } else if (operation instanceof BulkInsertOp bulk) {
            for (Insert insert : bulk.toInserts(context.dialect().supports(Capability.MULTI_ROW_INSERT))) {
                context.execute(insert);
            }
        } else {
            throw new InvalidRequestError("Operation " + operation.describe() + " has no way to run here");
        }
    }

    // ---- tables -----------------------------------------------------------------------------

    /** {@code CREATE TABLE name (…)} from columns, constraints and indexes; returns the table, for {@link #bulkInsert}. */
    public Table createTable(String name, SchemaItem... items) {
        Table table = new MetaData().table(name, items);
        invoke(new CreateTableOp(table));
        return table;
    }

    /** {@code DROP TABLE name}. */
    public void dropTable(String name) {
        invoke(new DropTableOp(null, name, null));
    }

    /** {@code ALTER TABLE old RENAME TO new}. */
    public void renameTable(String oldName, String newName) {
        invoke(new RenameTableOp(null, oldName, newName));
    }

    /** Sets the table's comment. */
    public void createTableComment(String table, String comment) {
        invoke(new CreateTableCommentOp(null, table, comment, null));
    }

    /** Removes the table's comment. */
    public void dropTableComment(String table) {
        invoke(new DropTableCommentOp(null, table, null));
    }

    // ---- columns ----------------------------------------------------------------------------

    /**
     * {@code ALTER TABLE t ADD COLUMN c …}, then the column's {@code unique()} constraint,
     * {@code references(…)} foreign keys and {@code index()}; the column is a new {@link Column},
     * not attached to a table.
     */
    public void addColumn(String table, Column<?> column) {
        invoke(new AddColumnOp(null, table, column));
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    public void dropColumn(String table, String column) {
        invoke(new DropColumnOp(null, table, column, null));
    }

    /**
     * Changes a column: {@code op.alterColumn("users", "age", c -> c.type(BIG_INTEGER).existingType(INTEGER))}.
     * On SQLite only renames run in place; other changes need {@link #batchAlterTable}.
     */
    public void alterColumn(String table, String column, Consumer<AlterColumnOp.Builder> change) {
        AlterColumnOp.Builder builder = AlterColumnOp.builder(null, table, column);
        change.accept(builder);
        invoke(builder.build());
    }

    // ---- indexes and constraints ------------------------------------------------------------

    /** {@code CREATE INDEX name ON table (columns)}. */
    public void createIndex(String name, String table, String... columns) {
        invoke(new CreateIndexOp(null, table, name, List.of(columns), false, null));
    }

    /** {@code CREATE [UNIQUE] INDEX name ON table (columns) [WHERE where]}; {@code where} only on PostgreSQL and SQLite. */
    public void createIndex(String name, String table, List<String> columns, boolean unique, String where) {
        invoke(new CreateIndexOp(null, table, name, columns, unique, where));
    }

    /** {@code DROP INDEX name} ({@code … ON table} where indexes belong to tables). */
    public void dropIndex(String name, String table) {
        invoke(new DropIndexOp(null, table, name, null));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name UNIQUE (columns)}. */
    public void createUniqueConstraint(String name, String table, String... columns) {
        invoke(new CreateUniqueConstraintOp(null, table, name, List.of(columns)));
    }

    /** {@code ALTER TABLE source ADD CONSTRAINT name FOREIGN KEY (local) REFERENCES referent (remote)}. */
    public void createForeignKey(String name, String source, String referent, List<String> localColumns,
                                 List<String> remoteColumns) {
        createForeignKey(name, source, referent, localColumns, remoteColumns, null, null);
    }

    /** As {@link #createForeignKey(String, String, String, List, List)}, with {@code ON DELETE} / {@code ON UPDATE} actions (either may be null). */
    public void createForeignKey(String name, String source, String referent, List<String> localColumns,
                                 List<String> remoteColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        invoke(new CreateForeignKeyOp(null, source, name, localColumns, null, referent, remoteColumns, onDelete, onUpdate));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name CHECK (condition)}. */
    public void createCheckConstraint(String name, String table, String condition) {
        invoke(new CreateCheckConstraintOp(null, table, name, condition));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT name PRIMARY KEY (columns)}. */
    public void createPrimaryKey(String name, String table, String... columns) {
        invoke(new CreatePrimaryKeyOp(null, table, name, List.of(columns)));
    }

    /** Drops a named constraint; the type says how on databases that drop each kind differently (MySQL). */
    public void dropConstraint(String name, String table, ConstraintType type) {
        invoke(new DropConstraintOp(null, table, name, type, null));
    }

    // ---- sequences and types ----------------------------------------------------------------

    /** {@code CREATE SEQUENCE}; nothing on databases without sequences. */
    public void createSequence(Sequence sequence) {
        invoke(new CreateSequenceOp(sequence));
    }

    /** {@code DROP SEQUENCE}; nothing on databases without sequences. */
    public void dropSequence(Sequence sequence) {
        invoke(new DropSequenceOp(sequence));
    }

    /** PostgreSQL's {@code CREATE TYPE name AS ENUM (…)}; nothing on databases without named enum types. */
    public void createEnumType(String name, String... labels) {
        invoke(new CreateEnumTypeOp(name, List.of(labels)));
    }

    /** PostgreSQL's {@code DROP TYPE name}; nothing elsewhere. */
    public void dropEnumType(String name) {
        invoke(new DropEnumTypeOp(name, List.of()));
    }

    // ---- data -------------------------------------------------------------------------------

    /** Runs SQL text (as {@code text(sql)}: {@code :name} marks a bind parameter). */
    public void execute(String sql) {
        execute(Sql.text(sql));
    }

    /** Runs a Core statement, e.g. an {@code update} of a {@code Sql.table(…)} stand-in. */
    public void execute(Executable statement) {
        invoke(new ExecuteSqlOp(statement));
    }

    /** Inserts rows (column name to value) in one multi-row {@code INSERT}. */
    public void bulkInsert(TableClause table, List<Map<String, ?>> rows) {
        invoke(new BulkInsertOp(table, rows));
    }

    /** The live connection, for reading data in a migration ({@code op.get_bind()}); fails offline. */
    public Connection getBind() {
        return context.connection();
    }

    // ---- batch ------------------------------------------------------------------------------

    /**
     * Alters a table in batch mode, for SQLite: the changes run in place where the database can
     * make each of them, else the table is recreated with every row copied ({@link TableRecreate}).
     * The table's current definition is reflected: it fills in the {@code existing…} hints of each
     * {@code alterColumn} (which MySQL needs) and is the model a recreated table starts from.
     * Offline, where nothing can be reflected, use {@link #batchAlterTable(Table, Consumer)}.
     *
     * <pre>{@code
     * op.batchAlterTable("users", batch -> batch.alterColumnType("age", BIG_INTEGER).dropColumn("legacy"));
     * // SQLite: CREATE TABLE _athanor_tmp_users (…); INSERT INTO _athanor_tmp_users (…) SELECT … FROM users;
     * //         DROP TABLE users; ALTER TABLE _athanor_tmp_users RENAME TO users; CREATE INDEX …
     * }</pre>
     */
    public void batchAlterTable(String table, Consumer<BatchOperations> batch) {
        runBatch(null, table, null, batch);
    }

    /** Batch mode with the table's current definition given (Alembic's {@code copy_from}), as offline mode needs. */
    public void batchAlterTable(Table copyFrom, Consumer<BatchOperations> batch) {
        runBatch(copyFrom.schema(), copyFrom.name(), copyFrom, batch);
    }

    private void runBatch(String schema, String table, Table copyFrom, Consumer<BatchOperations> batch) {
        BatchOperations operations = new BatchOperations(schema, table);
        batch.accept(operations);
        Table current = copyFrom != null || context.isOffline() ? copyFrom
                : new MetaData().reflectTable(context.connection(), schema, table);
        List<SchemaOperation> ops = operations.operations().stream().map(op -> withHints(op, current)).toList();
        List<DdlElement> changes = new ArrayList<>();
        ops.forEach(op -> changes.addAll(op.toDdl()));
        if (changes.stream().allMatch(context.dialect().ddlCompiler()::alterableInPlace)) {
            ops.forEach(this::invoke);
            return;
        }
        if (current == null) {
            throw new InvalidRequestError("batchAlterTable(\"" + table + "\") must recreate the table on "
                    + context.dialect().name() + " and cannot reflect it in offline mode; pass the table's"
                    + " current definition: op.batchAlterTable(copyFrom, batch -> …)");
        }
        if (!context.isOffline()) {
            refuseToDropReferencedRows(schema, table);
        }
        for (String sql : TableRecreate.statements(context.dialect(), current, changes)) {
            context.execute(sql);
        }
    }

    /**
     * Recreating drops the old table, which deletes its rows first where foreign keys are enforced,
     * firing the referencing tables' {@code ON DELETE} actions (SQLite with {@code foreign_keys=ON}):
     * refused while another table holds rows that may refer to it, so that no row is lost unseen.
     */
    private void refuseToDropReferencedRows(String schema, String table) {
        Connection connection = context.connection();
        List<String> holding = new ArrayList<>();
        for (String other : connection.inspector().tableNames(schema)) {
            boolean refers = !other.equals(table) && connection.inspector().foreignKeys(schema, other).stream()
                    .anyMatch(fk -> fk.referredTable().equals(table));
            if (refers && ((Number) connection.execute(Sql.text("SELECT COUNT(*) FROM "
                    + context.dialect().preparer().qualify(schema, other))).scalarOne()).longValue() > 0) {
                holding.add(other);
            }
        }
        if (!holding.isEmpty()) {
            throw new InvalidRequestError("batchAlterTable(\"" + table + "\") must recreate the table on "
                    + context.dialect().name() + ", but tables " + holding + " hold rows whose foreign keys refer"
                    + " to it: dropping the old table would fire their ON DELETE actions. Batch-alter those tables"
                    + " first to drop the foreign keys, then restore them afterwards");
        }
    }

    /** A batch's column change completed with the column as it is, which MySQL needs to restate it. */
    private static SchemaOperation withHints(SchemaOperation op, Table current) {
        if (current != null && op instanceof AlterColumnOp alter) {
            String column = alter.change().column();
            return current.columns().stream().filter(c -> c.name().equals(column)).findFirst()
                    .<SchemaOperation>map(alter::withExisting).orElse(op);
        }
        return op;
    }
}
