package dev.athanor.migrate.script;

import dev.athanor.schema.Autoincrement;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes columns, constraints and indexes as the Java that declares them:
 * {@code Column.of("email", string(200)).notNull()}, {@code new UniqueConstraint("email").name("uq_users_email")}.
 */
final class SchemaItemRenderer {
    private final JavaSource source;
    private final TypeRenderer types;

    SchemaItemRenderer(JavaSource source) {
        this.source = source;
        this.types = new TypeRenderer(source);
    }

    /**
     * The column alone: its type, key, nullability, server default and comment; the constraints and
     * index it stands for are written separately by the table or by their own operations.
     */
    String column(Column<?> column) {
        StringBuilder out = new StringBuilder(source.type(Column.class)).append(".of(")
                .append(JavaSource.literal(column.name())).append(", ").append(types.render(column.type())).append(")");
        if (column.isPrimaryKey() && column.table() != null && column.table().primaryKey().columns().size() == 1) {
            out.append(".primaryKey()");
            if (column.autoincrement() == Autoincrement.FALSE) {
                out.append(".autoincrement(").append(source.type(Autoincrement.class)).append(".FALSE)");
            }
        } else if (!column.isNullable()) {
            out.append(".notNull()");
        }
        if (column.serverDefault() != null && !column.isAutoincrement()) {
            out.append(".serverDefault(").append(JavaSource.literal(column.serverDefault())).append(")");
        }
        if (column.comment() != null) {
            out.append(".comment(").append(JavaSource.literal(column.comment())).append(")");
        }
        return out.toString();
    }

    /**
     * Everything {@code op.createTable} takes after the name: columns, a composite primary key,
     * foreign keys, unique and check constraints, then indexes; for a table read from the database,
     * not the unique indexes that back its unique constraints, which creating the constraints makes
     * again. Indexes backing foreign keys are kept: MySQL names the one it would make after the
     * constraint, not as the table had it, and uses a declared one instead.
     */
    List<String> tableItems(Table table, boolean reflected) {
        List<String> items = new ArrayList<>();
        table.columns().forEach(column -> items.add(column(column)));
        PrimaryKeyConstraint primaryKey = table.primaryKey();
        if (primaryKey.columns().size() > 1) {
            items.add(named("new " + source.type(PrimaryKeyConstraint.class) + "(" + literals(primaryKey.columnNames())
                    + ")", primaryKey));
        }
        List<List<String>> backed = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof ForeignKeyConstraint fk) {
                items.add(foreignKey(fk));
            } else if (constraint instanceof UniqueConstraint unique) {
                items.add(named("new " + source.type(UniqueConstraint.class) + "(" + literals(unique.columnNames())
                        + ")", unique));
                backed.add(unique.columnNames());
            } else if (constraint instanceof CheckConstraint check) {
                items.add(named("new " + source.type(CheckConstraint.class) + "(" + JavaSource.literal(check.sqlText())
                        + ")", check));
            }
        }
        for (Index index : table.indexes()) {
            if (!reflected || !(index.isUnique() && backed.contains(index.columnNames()))) {
                items.add("new " + source.type(Index.class) + "(" + JavaSource.literal(index.name()) + ", "
                        + literals(index.columnNames()) + ")" + (index.isUnique() ? ".unique()" : "")
                        + (index.whereClause() == null ? "" : ".where(" + JavaSource.literal(index.whereClause()) + ")"));
            }
        }
        return items;
    }

    /** {@code ReferentialAction.CASCADE}, or {@code null}. */
    String action(ReferentialAction action) {
        return action == null ? "null" : source.type(ReferentialAction.class) + "." + action.name();
    }

    private String foreignKey(ForeignKeyConstraint fk) {
        String prefix = (fk.referredSchema() == null ? "" : fk.referredSchema() + ".") + fk.referredTableName() + ".";
        String list = source.type(List.class);
        StringBuilder out = new StringBuilder("new ").append(source.type(ForeignKeyConstraint.class)).append("(")
                .append(list).append(".of(").append(literals(fk.columnNames())).append("), ")
                .append(list).append(".of(").append(literals(fk.referredColumnNames().stream().map(c -> prefix + c)
                        .toList())).append("))");
        if (fk.onDelete() != null) {
            out.append(".onDelete(").append(action(fk.onDelete())).append(")");
        }
        if (fk.onUpdate() != null) {
            out.append(".onUpdate(").append(action(fk.onUpdate())).append(")");
        }
        return named(out.toString(), fk);
    }

    private static String named(String expression, Constraint constraint) {
        return constraint.name() == null ? expression : expression + ".name(" + JavaSource.literal(constraint.name()) + ")";
    }

    private static String literals(List<String> values) {
        return values.stream().map(JavaSource::literal).collect(Collectors.joining(", "));
    }
}
