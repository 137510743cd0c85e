package dev.athanor.dialect.oracle;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Oracle Database 12c+ through ojdbc: {@code oracle://user:pass@host:1521/service}. SQL
 * generation only: not yet verified against a server. Oracle stores unquoted names in upper case.
 */
public class OracleDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("\"", "\"",
            ReservedWords.words("""
                    access add all alter and any as asc audit between by char check cluster column
                    comment compress connect create current date decimal default delete desc distinct
                    drop else exclusive exists file float for from grant group having identified
                    immediate in increment index initial insert integer intersect into is level like
                    lock long maxextents minus mlslabel mode modify noaudit nocompress not nowait null
                    number of offline on online option or order pctfree prior public raw rename
                    resource revoke row rowid rownum rows select session set share size smallint start
                    successful synonym sysdate table then to trigger uid union unique update user
                    validate values varchar varchar2 view whenever where with"""),
            true);

    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            Capability.SAVEPOINTS, Capability.SEQUENCES, Capability.IDENTITY_COLUMNS,
            Capability.SERVER_SIDE_CURSORS, Capability.CHECK_CONSTRAINTS, Capability.COMMENTS,
            Capability.SCHEMAS, Capability.FULL_OUTER_JOIN, Capability.WINDOW_FUNCTIONS,
            Capability.CTE, Capability.REGEXP, Capability.LATERAL, Capability.FOR_UPDATE,
            Capability.SKIP_LOCKED, Capability.MERGE, Capability.INTERSECT_EXCEPT);

    /** ORA- codes for a lost connection: end-of-file on channel, not connected, timeouts. */
    private static final Set<Integer> DISCONNECT_CODES = Set.of(1012, 1033, 1034, 1089, 2396, 3113,
            3114, 3135, 12514, 12537, 12541, 17002, 17008, 17410);

    public OracleDialect() {
        super(PREPARER, CAPABILITIES);
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("oracle");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:oracle:";
    }

    @Override
    public String driverClassName() {
        return "oracle.jdbc.OracleDriver";
    }

    @Override
    public String driverArtifact() {
        return "com.oracle.database.jdbc:ojdbc11";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        return "jdbc:oracle:thin:@//" + target.hostAndPort(1521) + "/" + target.database();
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new OracleCompiler(this, literalBinds);
    }

    @Override
    protected boolean isDisconnectCode(int vendorCode) {
        return DISCONNECT_CODES.contains(vendorCode);
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new OracleDdlCompiler(this);
    }

    /** SQL*Plus runs a statement on a line of its own {@code /}; a {@code ;} would be part of it. */
    @Override
    public String scriptStatementTerminator() {
        return "\n/";
    }
}
