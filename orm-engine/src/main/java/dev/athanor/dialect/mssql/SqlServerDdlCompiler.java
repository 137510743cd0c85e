package dev.athanor.dialect.mssql;

import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.schema.ddl.DropIndex;
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
    protected List<String> commentStatements(Table table) {
        return List.of();
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
