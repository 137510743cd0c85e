package dev.athanor.dialect.mysql;

import dev.athanor.dialect.Capability;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.SqlCompiler;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB 10.5+ through MariaDB Connector/J: {@code mariadb://root@127.0.0.1:3306/test}. Unlike
 * MySQL it has {@code INSERT … RETURNING}, sequences and a native UUID type. Row counts are asked
 * to mean rows matched, not rows changed, so optimistic-lock checks see an unchanged row as found.
 */
public class MariaDbDialect extends MySqlDialect {
    private static final Set<Capability> CAPABILITIES;

    static {
        EnumSet<Capability> capabilities = EnumSet.copyOf(MySqlDialect.CAPABILITIES);
        capabilities.addAll(EnumSet.of(Capability.INSERT_RETURNING, Capability.DELETE_RETURNING,
                Capability.SEQUENCES, Capability.NATIVE_UUID));
        capabilities.remove(Capability.LATERAL); // MySQL 8 has LATERAL derived tables; MariaDB does not

        CAPABILITIES = capabilities;
    }

    public MariaDbDialect() {
        super(CAPABILITIES);
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mariadb");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:mariadb:";
    }

    @Override
    public String driverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public String driverArtifact() {
        return "org.mariadb.jdbc:mariadb-java-client";
    }

    /** {@code useResetConnection} lets {@link #discardSessionState} send a real reset to the server. */
    @Override
    public Map<String, String> driverProperties() {
        return Map.of("useBulkStmtsForInserts", "true", "useAffectedRows", "false", "useResetConnection", "true");
    }

    /**
     * {@code COM_RESET_CONNECTION} through the driver's {@code reset()}: session variables
     * ({@code time_zone}, {@code @user} variables), temporary tables, prepared statements and
     * locks, without logging in again; the driver restores its own state with it.
     */
    @Override
    protected void discardSessionState(Connection connection) throws SQLException {
        int isolation = connection.getTransactionIsolation();
        connection.unwrap(org.mariadb.jdbc.Connection.class).reset();
        // The reset puts the server's isolation level back to its default, but the driver keeps the
        // level it last set and would skip setting that level again: say it in SQL instead.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL " + isolationName(isolation));
        }
    }

    private static String isolationName(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "REPEATABLE READ";
        };
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new MariaDbDdlCompiler(this);
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new MariaDbCompiler(this, literalBinds);
    }
}
