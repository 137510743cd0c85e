package dev.athanor.migrate.script;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.operation.AddColumnOp;
import dev.athanor.migrate.operation.AlterColumnOp;
import dev.athanor.migrate.operation.ConstraintType;
import dev.athanor.migrate.operation.CreateForeignKeyOp;
import dev.athanor.migrate.operation.CreateIndexOp;
import dev.athanor.migrate.operation.CreateTableCommentOp;
import dev.athanor.migrate.operation.CreateTableOp;
import dev.athanor.migrate.operation.CreateUniqueConstraintOp;
import dev.athanor.migrate.operation.DropColumnOp;
import dev.athanor.migrate.operation.DropConstraintOp;
import dev.athanor.migrate.operation.DropIndexOp;
import dev.athanor.migrate.operation.DropTableCommentOp;
import dev.athanor.migrate.operation.DropTableOp;
import dev.athanor.migrate.operation.MigrateOperation;
import dev.athanor.migrate.operation.SchemaOperation;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.schema.ddl.DdlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes operations as the Java statements of a migration body, as Alembic's
 * {@code autogenerate.render}: {@code op.addColumn("users", Column.of("phone", string(20)));}.
 *
 * <p>A change the database cannot make with {@code ALTER TABLE} (most of them on SQLite) is
 * written inside {@code op.batchAlterTable(…)}, consecutive changes to one table in one batch, as
 * Alembic's {@code render_as_batch}. Operations on tables outside the default schema are refused:
 * the {@code op} methods name tables without a schema.
 */
final class OperationRenderer {
    private static final String CONTINUATION = "\n        ";
    private static final String CHAIN_CONTINUATION = CONTINUATION + "        ";
    private static final int INLINE_CHAIN_WIDTH = 60;

    private final JavaSource source;
    private final SchemaItemRenderer items;
    private final Predicate<DdlElement> alterableInPlace;

    OperationRenderer(JavaSource source, Predicate<DdlElement> alterableInPlace) {
        this.source = source;
        this.items = new SchemaItemRenderer(source);
        this.alterableInPlace = alterableInPlace;
    }

    /**
     * One statement per operation or batch, each possibly spanning lines; {@code reflected} says the
     * tables created were read from the database (a downgrade restoring dropped tables).
     */
    List<String> render(List<MigrateOperation> operations, boolean reflected) {
        List<String> statements = new ArrayList<>();
        List<Call> batch = new ArrayList<>();
        String batchTable = null;
        for (MigrateOperation operation : operations) {
            String table = needsBatch(operation) ? tableOf(operation) : null;
            if (batchTable != null && !batchTable.equals(table)) {
                statements.add(batchStatement(batchTable, batch));
                batch.clear();
            }
            batchTable = table;
            if (table != null) {
                batch.add(batchCall(operation));
            } else {
                statements.add(statement(operation, reflected));
            }
        }
        if (batchTable != null) {
            statements.add(batchStatement(batchTable, batch));
        }
        return statements;
    }

    private boolean needsBatch(MigrateOperation operation) {
        return operation instanceof SchemaOperation schema && !(operation instanceof CreateTableOp)
                && !(operation instanceof DropTableOp) && !schema.toDdl().stream().allMatch(alterableInPlace);
    }

    private String statement(MigrateOperation operation, boolean reflected) {
        if (operation instanceof CreateTableOp create) {
            requireDefaultSchema(create.table().schema(), operation);
            List<String> arguments = new ArrayList<>();
            arguments.add(JavaSource.literal(create.table().name()));
            arguments.addAll(items.tableItems(create.table(), reflected));
            String statement = "op.createTable(" + String.join("," + CONTINUATION, arguments) + ");";
            return create.table().comment() == null ? statement : statement + "\nop.createTableComment("
                    + JavaSource.literal(create.table().name()) + ", " + JavaSource.literal(create.table().comment()) + ");";
        }
        if (operation instanceof DropTableOp drop) {
            return "op.dropTable(" + JavaSource.literal(drop.name()) + ");";
        }
        if (operation instanceof CreateTableCommentOp comment) {
            return "op.createTableComment(" + JavaSource.literal(comment.table()) + ", "
                    + JavaSource.literal(comment.comment()) + ");";
        }
        if (operation instanceof DropTableCommentOp comment) {
            return "op.dropTableComment(" + JavaSource.literal(comment.table()) + ");";
        }
        String table = JavaSource.literal(tableOf(operation));
        if (operation instanceof CreateIndexOp index && (index.unique() || index.where() != null)) {
            return "op.createIndex(" + JavaSource.literal(index.name()) + ", " + table + ", " + list(index.columns())
                    + ", " + index.unique() + ", " + JavaSource.literal(index.where()) + ");";
        }
        if (operation instanceof CreateForeignKeyOp fk) {
            String actions = fk.onDelete() == null && fk.onUpdate() == null ? ""
                    : ", " + items.action(fk.onDelete()) + ", " + items.action(fk.onUpdate());
            return "op.createForeignKey(" + JavaSource.literal(fk.name()) + ", " + table + ", "
                    + JavaSource.literal(fk.referentTable()) + ", " + list(fk.localColumns()) + ", "
                    + list(fk.remoteColumns()) + actions + ");";
        }
        Call call = batchCall(operation);
        List<String> arguments = new ArrayList<>(call.arguments());
        // op.addColumn/dropColumn/alterColumn name the table first; the others name their object, then the table
        boolean tableFirst = operation instanceof AddColumnOp || operation instanceof DropColumnOp
                || operation instanceof AlterColumnOp;
        arguments.add(tableFirst ? 0 : 1, table);
        return "op." + new Call(call.method(), arguments) + ";";
    }

    /** A method call: its name and its arguments as Java expressions. */
    private record Call(String method, List<String> arguments) {
        Call(String method, String... arguments) {
            this(method, List.of(arguments));
        }

        @Override
        public String toString() {
            return method + "(" + String.join(", ", arguments) + ")";
        }
    }

    /** The call on {@code BatchOperations}, which names no table: {@code alterColumn("name", c -> …)}. */
    private Call batchCall(MigrateOperation operation) {
        if (operation instanceof AddColumnOp add) {
            return new Call("addColumn", items.column(add.column()));
        }
        if (operation instanceof DropColumnOp drop) {
            return new Call("dropColumn", JavaSource.literal(drop.column()));
        }
        if (operation instanceof AlterColumnOp alter) {
            return new Call("alterColumn", JavaSource.literal(alter.change().column()),
                    "c -> c" + alterations(alter.change()));
        }
        if (operation instanceof CreateIndexOp index) {
            List<String> arguments = new ArrayList<>(List.of(JavaSource.literal(index.name())));
            index.columns().forEach(c -> arguments.add(JavaSource.literal(c)));
            return new Call("createIndex", arguments);
        }
        if (operation instanceof DropIndexOp index) {
            return new Call("dropIndex", JavaSource.literal(index.name()));
        }
        if (operation instanceof CreateUniqueConstraintOp unique) {
            List<String> arguments = new ArrayList<>(List.of(JavaSource.literal(unique.name())));
            unique.columns().forEach(c -> arguments.add(JavaSource.literal(c)));
            return new Call("createUniqueConstraint", arguments);
        }
        if (operation instanceof CreateForeignKeyOp fk) {
            return new Call("createForeignKey", JavaSource.literal(fk.name()), JavaSource.literal(fk.referentTable()),
                    list(fk.localColumns()), list(fk.remoteColumns()));
        }
        if (operation instanceof DropConstraintOp drop) {
            return new Call("dropConstraint", JavaSource.literal(drop.name()),
                    source.type(ConstraintType.class) + "." + drop.type().name());
        }
        throw new InvalidRequestError("Autogenerate cannot write " + operation.describe() + " as Java yet;"
                + " write that change by hand");
    }

    private String alterations(AlterColumn change) {
        TypeRenderer types = new TypeRenderer(source);
        List<String> calls = new ArrayList<>();
        if (change.type() != null) {
            calls.add(".type(" + types.render(change.type()) + ")");
        }
        if (change.nullable() != null) {
            calls.add(".nullable(" + change.nullable() + ")");
        }
        if (change.serverDefault() != null) {
            calls.add(".serverDefault(" + JavaSource.literal(change.serverDefault().orElse(null)) + ")");
        }
        if (change.comment() != null) {
            calls.add(".comment(" + JavaSource.literal(change.comment().orElse(null)) + ")");
        }
        if (change.existingType() != null) {
            calls.add(".existingType(" + types.render(change.existingType()) + ")");
        }
        if (change.existingNullable() != null) {
            calls.add(".existingNullable(" + change.existingNullable() + ")");
        }
        if (change.existingServerDefault() != null) {
            calls.add(".existingServerDefault(" + JavaSource.literal(change.existingServerDefault()) + ")");
        }
        if (change.existingComment() != null) {
            calls.add(".existingComment(" + JavaSource.literal(change.existingComment()) + ")");
        }
        String inline = String.join("", calls);
        // a long chain reads better, and stays within the line length reviewers expect, one call per line
        return inline.length() <= INLINE_CHAIN_WIDTH ? inline
                : calls.stream().map(call -> CHAIN_CONTINUATION + call).collect(Collectors.joining());
    }

    private String batchStatement(String table, List<Call> calls) {
        return "op.batchAlterTable(" + JavaSource.literal(table) + ", batch -> batch"
                + calls.stream().map(call -> CONTINUATION + "." + call).collect(Collectors.joining()) + ");";
    }

    private static String tableOf(MigrateOperation operation) {
        String schema;
        String table;
        if (operation instanceof AddColumnOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof DropColumnOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof AlterColumnOp op) {
            schema = op.change().schema();
            table = op.change().table();
        } else if (operation instanceof CreateIndexOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof DropIndexOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof CreateUniqueConstraintOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof CreateForeignKeyOp op) {
            schema = op.schema();
            table = op.table();
        } else if (operation instanceof DropConstraintOp op) {
            schema = op.schema();
            table = op.table();
        } else {
            throw new InvalidRequestError("Autogenerate cannot write " + operation.describe() + " as Java yet;"
                    + " write that change by hand");
        }
        requireDefaultSchema(schema, operation);
        return table;
    }

    private static void requireDefaultSchema(String schema, MigrateOperation operation) {
        if (schema != null) {
            throw new InvalidRequestError("Autogenerate writes operations on the default schema only; "
                    + operation.describe() + " is in schema '" + schema + "': write it by hand with op.invoke(…)");
        }
    }

    private String list(List<String> values) {
        return source.type(List.class) + ".of(" + values.stream().map(JavaSource::literal)
                .collect(Collectors.joining(", ")) + ")";
    }

}
