package dev.athanor.dialect.sqlite;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.AddColumn;
import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropIndex;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.schema.ddl.DropConstraint;
import java.util.List;

/**
 * SQLite's DDL. SQLite generates keys only for a column declared exactly {@code INTEGER PRIMARY
 * KEY} (an alias of the rowid), so an autoincrement primary key is rendered that way whatever its
 * integer type: {@code id INTEGER NOT NULL PRIMARY KEY}. SQLite has no sequences, no comments (both
 * skipped) and cannot add constraints to an existing table nor change a column other than renaming it, so {@code useAlter} foreign keys are
 * written inside {@code CREATE TABLE}, which SQLite allows before the referenced table exists.
 */
public class SqliteDdlCompiler extends DdlCompiler {

    public SqliteDdlCompiler(SqliteDialect dialect) {
        super(dialect.name(), dialect.preparer(), new SqliteTypeCompiler());
    }

    @Override
    public boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    public boolean supportsAlterConstraint() {
        return false;
    }

    @Override
    protected List<String> tableComment(String qualifiedTable, String comment) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(String qualifiedTable, String column, String comment) {
        return List.of();
    }

    /** In place: plain new columns, renames, indexes; everything else needs the table recreated. */
    @Override
    public boolean alterableInPlace(DdlElement change) {
        if (change instanceof AddColumn add) {
            return !add.column().isPrimaryKey() && !add.column().isUnique() && add.column().foreignKeys().isEmpty();
        }
        if (change instanceof AlterColumn alter) {
            return alter.type() == null && alter.nullable() == null && alter.serverDefault() == null;
        }
        return change instanceof CreateIndex || change instanceof DropIndex;
    }

    /** SQLite renames columns in place but cannot change a column's type, nullability or default. */
    @Override
    public List<String> visitAlterColumn(AlterColumn alter) {
        if (alter.type() != null) {
            throw cannotAlter("change the type of column '" + alter.column() + "'", alter.table());
        }
        if (alter.nullable() != null) {
            throw cannotAlter("change the nullability of column '" + alter.column() + "'", alter.table());
        }
        if (alter.serverDefault() != null) {
            throw cannotAlter("change the server default of column '" + alter.column() + "'", alter.table());
        }
        return super.visitAlterColumn(alter);
    }

    @Override
    protected String columnType(Column<?> column) {
        return rendersIdentity(column) ? "INTEGER" : super.columnType(column);
    }

    @Override
    protected String identityClause(Column<?> column) {
        Table table = column.table();
        if (table.primaryKey().columns().size() > 1) {
            throw new CompileError("Cannot create column " + describe(column) + " on sqlite: SQLite generates keys only"
                    + " for a single-column INTEGER PRIMARY KEY, but the primary key is "
                    + table.primaryKey().columnNames() + "; remove autoincrement(TRUE) or use a single-column key");
        }
        String name = table.primaryKey().name();
        return "NOT NULL " + (name == null ? "" : "CONSTRAINT " + quote(name) + " ") + "PRIMARY KEY";
    }

    @Override
    protected boolean primaryKeyInline(Table table) {
        return table.columns().stream().anyMatch(this::rendersIdentity);
    }

    /** SQLite places an index in a schema by qualifying its name; the table is then named bare. */
    @Override
    protected String indexNameInCreate(Index index) {
        return preparer().qualify(index.table().schema(), index.name());
    }

    @Override
    protected String indexTableInCreate(Index index) {
        return quote(index.table().name());
    }

    @Override
    public List<String> visitAddConstraint(AddConstraint add) {
        return inlinedOrUnsupported(add.constraint(), "add");
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint drop) {
        return inlinedOrUnsupported(drop.constraint(), "drop");
    }

    /** {@code useAlter} foreign keys live inside CREATE TABLE here, so there is nothing to add or drop. */
    private List<String> inlinedOrUnsupported(Constraint constraint, String verb) {
        if (constraint instanceof ForeignKeyConstraint fk && fk.isUseAlter()) {
            return List.of();
        }
        throw cannotAlter(verb + " " + constraint.getClass().getSimpleName() + (constraint.name() == null
                ? constraint.columnNames().toString() : " '" + constraint.name() + "'"), constraint.table().name());
    }
}
