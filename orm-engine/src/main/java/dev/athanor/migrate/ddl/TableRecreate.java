package dev.athanor.migrate.ddl;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.CompileError;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ConstraintVisitor;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.SchemaItem;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.ddl.AddColumn;
import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropColumn;
import dev.athanor.schema.ddl.DropConstraint;
import dev.athanor.schema.ddl.DropIndex;
import dev.athanor.schema.ddl.DropTable;
import dev.athanor.schema.ddl.RenameTable;
import dev.athanor.sql.compiler.IdentifierPreparer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alembic's batch "move and copy" for databases that cannot alter a table in place (SQLite): the
 * changes are applied to a copy of the table's definition, a new table is created from it, every
 * row is copied across, the old table dropped, the new one renamed, and the indexes recreated.
 *
 * <pre>
 * CREATE TABLE _athanor_tmp_users (…new definition…)
 * INSERT INTO _athanor_tmp_users (id, name) SELECT id, name FROM users
 * DROP TABLE users
 * ALTER TABLE _athanor_tmp_users RENAME TO users
 * CREATE INDEX ix_users_name ON users (name)
 * </pre>
 *
 * <p>The statements run in the migration's transaction, so a failure leaves the old table. On
 * SQLite with {@code PRAGMA foreign_keys=ON}, dropping a table other tables still reference with
 * rows fails; recreate the referencing tables in the same batch order, or switch the pragma off
 * for the migration.
 */
public final class TableRecreate {
    private static final String TEMP_PREFIX = "_athanor_tmp_";

    private final String schema;
    private final String name;
    private final Map<String, ColumnSpec> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private String primaryKeyName;
    private final List<ConstraintSpec> constraints = new ArrayList<>();
    private final List<IndexSpec> indexes = new ArrayList<>();

    private TableRecreate(Table table) {
        this.schema = table.schema();
        this.name = table.name();
        for (Column<?> column : table.columns()) {
            columns.put(column.name(), ColumnSpec.of(column, column.name()));
        }
        primaryKey.addAll(table.primaryKey().columnNames());
        primaryKeyName = table.primaryKey().name();
        for (Constraint constraint : table.constraints()) {
            if (!(constraint instanceof PrimaryKeyConstraint)) {
                constraints.add(ConstraintSpec.of(constraint));
            }
        }
        for (Index index : table.indexes()) {
            indexes.add(IndexSpec.of(index));
        }
    }

    /**
     * The statements that rebuild {@code table} with {@code changes} applied, for {@code dialect}.
     *
     * @param table the table as it is now (reflected, or Alembic's {@code copy_from} offline)
     * @param changes {@link AddColumn}, {@link DropColumn}, {@link AlterColumn}, {@link AddConstraint},
     *     {@link DropConstraint}, {@link CreateIndex} or {@link DropIndex} elements on this table
     */
    public static List<String> statements(Dialect dialect, Table table, List<DdlElement> changes) {
        TableRecreate recreate = new TableRecreate(table);
        for (DdlElement change : changes) {
            recreate.apply(change);
        }
        return recreate.render(dialect);
    }

    private void apply(DdlElement change) {
        if (change instanceof AddColumn add) {
            columns.put(add.column().name(), ColumnSpec.of(add.column(), null));
            if (add.column().isPrimaryKey()) {
                primaryKey.add(add.column().name());
            }
        } else if (change instanceof DropColumn drop) {
            requireColumn(drop.column());
            columns.remove(drop.column());
            primaryKey.remove(drop.column());
            constraints.removeIf(c -> c.columns().contains(drop.column()));
            indexes.removeIf(i -> i.columns().contains(drop.column()));
        } else if (change instanceof AlterColumn alter) {
            alterColumn(alter);
        } else if (change instanceof AddConstraint add) {
            if (add.constraint() instanceof PrimaryKeyConstraint pk) {
                primaryKey.clear();
                primaryKey.addAll(pk.columnNames());
                primaryKeyName = pk.name();
            } else {
                constraints.add(ConstraintSpec.of(add.constraint()));
            }
        } else if (change instanceof DropConstraint drop) {
            String dropped = drop.constraint().name();
            if (drop.constraint() instanceof PrimaryKeyConstraint) {
                primaryKey.clear();
                primaryKeyName = null;
            } else if (!constraints.removeIf(c -> dropped.equals(c.name()))) {
                throw new ArgumentError("Batch on table '" + name + "' drops constraint '" + dropped
                        + "', which the table does not have; its named constraints are "
                        + constraints.stream().map(ConstraintSpec::name).filter(n -> n != null).toList());
            }
        } else if (change instanceof CreateIndex create) {
            indexes.add(IndexSpec.of(create.index()));
        } else if (change instanceof DropIndex drop) {
            if (!indexes.removeIf(i -> i.name().equals(drop.index().name()))) {
                throw new ArgumentError("Batch on table '" + name + "' drops index '" + drop.index().name()
                        + "', which the table does not have; its indexes are " + indexes.stream().map(IndexSpec::name).toList());
            }
        } else {
            throw new ArgumentError("Batch on table '" + name + "' cannot apply " + change.getClass().getSimpleName()
                    + "; a batch adds, drops and alters columns, constraints and indexes of its one table");
        }
    }

    private void alterColumn(AlterColumn alter) {
        ColumnSpec column = requireColumn(alter.column());
        ColumnSpec changed = new ColumnSpec(alter.resultingName(),
                alter.type() != null ? alter.type() : column.type(),
                alter.nullable() != null ? alter.nullable() : column.nullable(),
                alter.serverDefault() != null ? alter.serverDefault().orElse(null) : column.serverDefault(),
                alter.comment() != null ? alter.comment().orElse(null) : column.comment(),
                column.source());
        Map<String, ColumnSpec> reordered = new LinkedHashMap<>();
        columns.forEach((key, value) -> reordered.put(key.equals(alter.column()) ? changed.name() : key,
                key.equals(alter.column()) ? changed : value));
        columns.clear();
        columns.putAll(reordered);
        if (alter.newName() != null) {
            Function<String, String> rename = c -> c.equals(alter.column()) ? alter.newName() : c;
            primaryKey.replaceAll(rename::apply);
            constraints.replaceAll(c -> c.renamed(rename));
            indexes.replaceAll(i -> i.renamed(rename));
        }
    }

    private ColumnSpec requireColumn(String column) {
        ColumnSpec spec = columns.get(column);
        if (spec == null) {
            throw new ArgumentError("Batch on table '" + name + "' names column '" + column
                    + "', which the table does not have; its columns are " + columns.keySet());
        }
        return spec;
    }

    private List<String> render(Dialect dialect) {
        IdentifierPreparer preparer = dialect.preparer();
        String temp = TEMP_PREFIX + name;
        List<String> statements = new ArrayList<>(compile(dialect, new CreateTable(build(temp, false))));
        List<ColumnSpec> copied = columns.values().stream().filter(c -> c.source() != null).toList();
        statements.add("INSERT INTO " + preparer.qualify(schema, temp) + " ("
                + copied.stream().map(c -> preparer.quote(c.name())).collect(Collectors.joining(", ")) + ") SELECT "
                + copied.stream().map(c -> preparer.quote(c.source())).collect(Collectors.joining(", ")) + " FROM "
                + preparer.qualify(schema, name));
        Table finalTable = build(name, true);
        statements.addAll(compile(dialect, new DropTable(finalTable)));
        statements.addAll(compile(dialect, new RenameTable(schema, temp, name)));
        for (Index index : finalTable.indexes()) {
            statements.addAll(compile(dialect, new CreateIndex(index)));
        }
        return statements;
    }

    private static List<String> compile(Dialect dialect, DdlElement element) {
        try {
            return dialect.ddlCompiler().compile(element);
        } catch (CompileError e) {
            throw new CompileError("Cannot recreate the table in batch mode on " + dialect.name() + ": " + e.getMessage());
        }
    }

    private Table build(String tableName, boolean withIndexes) {
        if (columns.isEmpty()) {
            throw new ArgumentError("Batch on table '" + name + "' would leave it without columns; drop the table instead");
        }
        List<SchemaItem> items = new ArrayList<>();
        columns.values().forEach(c -> items.add(c.toColumn()));
        if (!primaryKey.isEmpty()) {
            PrimaryKeyConstraint pk = new PrimaryKeyConstraint(primaryKey.toArray(String[]::new));
            items.add(primaryKeyName == null ? pk : pk.name(primaryKeyName));
        }
        constraints.forEach(c -> items.add(c.toConstraint()));
        if (withIndexes) {
            indexes.forEach(i -> items.add(i.toIndex()));
        }
        return new MetaData().table(schema, tableName, items.toArray(SchemaItem[]::new));
    }

    /** A column of the rebuilt table; {@code source} is the old table's column it is copied from, or null. */
    private record ColumnSpec(String name, dev.athanor.types.SqlType<?> type, boolean nullable, String serverDefault,
                              String comment, String source) {

        static ColumnSpec of(Column<?> column, String source) {
            return new ColumnSpec(column.name(), column.type(), column.isNullable() && !column.isPrimaryKey(),
                    column.serverDefault(), column.comment(), source);
        }

        Column<?> toColumn() {
            Column<?> column = Column.of(name, type).nullable(nullable).comment(comment);
            return serverDefault == null ? column : column.serverDefault(serverDefault);
        }
    }

    /** A unique, check or foreign-key constraint to recreate. */
    private record ConstraintSpec(Constraint original, String name, List<String> columns) {

        static ConstraintSpec of(Constraint constraint) {
            return new ConstraintSpec(constraint, constraint.name(), constraint.columnNames());
        }

        ConstraintSpec renamed(Function<String, String> rename) {
            return new ConstraintSpec(original, name, columns.stream().map(rename).toList());
        }

        Constraint toConstraint() {
            String[] names = columns.toArray(String[]::new);
            return original.accept(new ConstraintVisitor<Constraint>() {
                @Override
                public Constraint visitPrimaryKey(PrimaryKeyConstraint pk) {
                    throw new IllegalStateException("the primary key is kept apart");
                }

                @Override
                public Constraint visitUnique(UniqueConstraint unique) {
                    UniqueConstraint copy = new UniqueConstraint(names);
                    return name == null ? copy : copy.name(name);
                }

                @Override
                public Constraint visitCheck(CheckConstraint check) {
                    CheckConstraint copy = new CheckConstraint(check.sqlText());
                    return name == null ? copy : copy.name(name);
                }

                @Override
                public Constraint visitForeignKey(ForeignKeyConstraint fk) {
                    String target = (fk.referredSchema() == null ? "" : fk.referredSchema() + ".")
                            + fk.referredTableName() + ".";
                    ForeignKeyConstraint copy = new ForeignKeyConstraint(columns,
                            fk.referredColumnNames().stream().map(c -> target + c).toList())
                            .onDelete(fk.onDelete()).onUpdate(fk.onUpdate());
                    return name == null ? copy : copy.name(name);
                }
            });
        }
    }

    /** An index to recreate on the rebuilt table. */
    private record IndexSpec(String name, List<String> columns, boolean unique, String where) {

        static IndexSpec of(Index index) {
            return new IndexSpec(index.name(), index.columnNames(), index.isUnique(), index.whereClause());
        }

        IndexSpec renamed(Function<String, String> rename) {
            return new IndexSpec(name, columns.stream().map(rename).toList(), unique, where);
        }

        Index toIndex() {
            Index index = new Index(name, columns.toArray(String[]::new));
            if (unique) {
                index.unique();
            }
            return where == null ? index : index.where(where);
        }
    }
}
