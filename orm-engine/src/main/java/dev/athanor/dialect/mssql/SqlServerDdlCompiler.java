package dev.athanor.dialect.mssql;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.schema.ddl.DropIndex;
import dev.athanor.schema.ddl.RenameTable;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server's DDL: {@code IDENTITY(1,1)} columns and {@code DROP INDEX ix ON t}. Comments are
 * skipped: SQL Server keeps them as extended properties, not in DDL. {@code RESTRICT} is written
 * {@code NO ACTION}, which behaves the same here since SQL Server never defers constraint checks.
 */
public class SqlServerDdlCompiler extends DdlCompiler {

    public SqlServerDdlCompiler(SqlServerDialect dialect) {
        super(dialect.name(), dialect.preparer(), new SqlServerTypeCompiler());
    }

    @Override
    protected String identityClause(Column<?> column) {
        return "NOT NULL IDENTITY(1,1)";
    }

    @Override
    protected List<String> tableComment(String qualifiedTable, String comment) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(String qualifiedTable, String column, String comment) {
        return List.of();
    }

    @Override
    protected String addColumnClause() {
        return "ADD ";
    }

    /** {@code EXEC sp_rename 'old', 'new'}: SQL Server has no {@code ALTER TABLE … RENAME}. */
    @Override
    public List<String> visitRenameTable(RenameTable rename) {
        return List.of("EXEC sp_rename " + typeCompiler().literal(preparer().qualify(rename.schema(), rename.table()))
                + ", " + typeCompiler().literal(rename.newName()));
    }

    /**
     * {@code ALTER TABLE t ALTER COLUMN c BIGINT NOT NULL} restates type and nullability together, so
     * either change needs the other (new or {@code existing…}); defaults are constraints here,
     * added with {@code ADD DEFAULT x FOR c} and dropped by looking up their generated name.
     */
    @Override
    public List<String> visitAlterColumn(AlterColumn alter) {
        String table = preparer().qualify(alter.schema(), alter.table());
        String column = quote(alter.column());
        List<String> statements = new ArrayList<>();
        if (alter.type() != null || alter.nullable() != null) {
            if (alter.resultingType() == null) {
                throw new CompileError("Cannot change the nullability of column " + alter.table() + "." + alter.column()
                        + " on " + dialectName() + " without its type: SQL Server restates both; pass existingType(…)");
            }
            Boolean nullable = alter.resultingNullable();
            statements.add("ALTER TABLE " + table + " ALTER COLUMN " + column + " "
                    + typeName(alter.resultingType(), alter)
                    + (nullable == null ? "" : nullable ? " NULL" : " NOT NULL"));
        }
        if (alter.serverDefault() != null) {
            if (alter.existingServerDefault() != null || alter.serverDefault().isEmpty()) {
                statements.add(dropDefaultConstraint(alter.schema(), alter.table(), alter.column()));
            }
            alter.serverDefault().ifPresent(sql ->
                    statements.add("ALTER TABLE " + table + " ADD DEFAULT " + sql + " FOR " + column));
        }
        if (alter.newName() != null) {
            statements.add("EXEC sp_rename " + typeCompiler().literal(table + "." + column) + ", "
                    + typeCompiler().literal(alter.newName()) + ", 'COLUMN'");
        }
        return statements;
    }

    /** Drops the column's default constraint, whose name SQL Server generated, by looking it up. */
    private String dropDefaultConstraint(String schema, String table, String column) {
        String qualified = preparer().qualify(schema, table);
        return "DECLARE @const_name NVARCHAR(256);\n"
                + "SELECT @const_name = QUOTENAME(name) FROM sys.default_constraints WHERE parent_object_id = OBJECT_ID("
                + typeCompiler().literal(qualified) + ") AND COL_NAME(parent_object_id, parent_column_id) = "
                + typeCompiler().literal(column) + ";\n"
                + "EXEC('ALTER TABLE " + qualified.replace("'", "''") + " DROP CONSTRAINT ' + @const_name)";
    }

    @Override
    protected String referentialAction(String event, ReferentialAction action, ForeignKeyConstraint fk) {
        return super.referentialAction(event, action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action, fk);
    }

    @Override
    public List<String> visitDropIndex(DropIndex drop) {
        return List.of("DROP INDEX " + quote(drop.index().name()) + " ON " + tableName(drop.index().table()));
    }
}
