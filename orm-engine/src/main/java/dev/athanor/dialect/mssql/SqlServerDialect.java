package dev.athanor.dialect.mssql;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Microsoft SQL Server 2016+ through mssql-jdbc: {@code mssql://user:pass@host:1433/db}. SQL
 * generation only: not yet verified against a server. Identifiers are quoted with brackets.
 */
public class SqlServerDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("[", "]",
            ReservedWords.ansiPlus("add backup begin break browse bulk cascade checkpoint close"
                    + " clustered coalesce commit compute contains containstable continue convert"
                    + " database dbcc deallocate declare deny disk distributed double dump errlvl"
                    + " escape exec execute exit external file fillfactor freetext freetexttable"
                    + " function goto holdlock identity identity_insert identitycol if index key kill"
                    + " lineno load merge national nocheck nonclustered nullif off offsets open"
                    + " opendatasource openquery openrowset openxml option percent pivot plan"
                    + " precision print proc procedure public raiserror read readtext reconfigure"
                    + " replication restore restrict return revert revoke rollback rowcount"
                    + " rowguidcol rule save schema securityaudit semantickeyphrasetable"
                    + " semanticsimilaritydetailstable semanticsimilaritytable setuser shutdown"
                    + " statistics system_user tablesample textsize top tran transaction trigger"
                    + " truncate try_convert tsequal unpivot update updatetext use varying view"
                    + " waitfor while writetext"),
            false);

    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            Capability.INSERT_RETURNING, Capability.UPDATE_RETURNING, Capability.DELETE_RETURNING,
            Capability.SAVEPOINTS, Capability.SEQUENCES, Capability.IDENTITY_COLUMNS,
            Capability.NATIVE_UUID, Capability.TRANSACTIONAL_DDL, Capability.CHECK_CONSTRAINTS,
            Capability.SCHEMAS, Capability.FULL_OUTER_JOIN, Capability.WINDOW_FUNCTIONS,
            Capability.CTE, Capability.MERGE, Capability.INTERSECT_EXCEPT,
            Capability.MULTI_ROW_INSERT);

    public SqlServerDialect() {
        super(PREPARER, CAPABILITIES);
    }

    @Override
    public String name() {
        return "mssql";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mssql", "sqlserver");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:sqlserver:";
    }

    @Override
    public String driverClassName() {
        return "com.microsoft.sqlserver.jdbc.SQLServerDriver";
    }

    @Override
    public String driverArtifact() {
        return "com.microsoft.sqlserver:mssql-jdbc";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        return "jdbc:sqlserver://" + target.hostAndPort(1433) + ";databaseName=" + target.database();
    }

    @Override
    public Map<String, String> driverProperties() {
        return Map.of("sendStringParametersAsUnicode", "true");
    }

    @Override
    public int maxBindParameters() {
        return 2_100;
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new SqlServerCompiler(this, literalBinds);
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new SqlServerDdlCompiler(this);
    }

    /** Each statement is followed by {@code GO}, the batch separator sqlcmd and SSMS read. */
    @Override
    public String scriptStatementTerminator() {
        return ";\nGO";
    }

    @Override
    public String scriptBeginTransaction() {
        return "BEGIN TRANSACTION";
    }
}
