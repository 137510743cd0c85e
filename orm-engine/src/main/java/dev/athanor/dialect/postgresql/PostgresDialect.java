package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.SessionLock;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.dialect.SchemaReflector;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL through pgjdbc: {@code postgresql://user:pass@host:5432/db}. Batched inserts are
 * rewritten into multi-row statements by the driver ({@code reWriteBatchedInserts}); results
 * stream through a cursor when a fetch size is set inside a transaction.
 */
public class PostgresDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("\"", "\"",
            ReservedWords.ansiPlus("analyse analyze do initially placing returning variadic verbose"
                    + " binary concurrently freeze ilike isnull notnull overlaps similar tablesample"),
            false);

    /** pgjdbc finds array element types by catalog name, not by the SQL spelling the DDL uses. */
    private static final Map<String, String> ARRAY_ELEMENT_NAMES = Map.of(
            "integer", "int4", "bigint", "int8", "smallint", "int2", "boolean", "bool", "real", "float4",
            "double precision", "float8", "timestamp without time zone", "timestamp",
            "timestamp with time zone", "timestamptz", "character varying", "varchar");

    private static final Set<Capability> CAPABILITIES = EnumSet.complementOf(
            EnumSet.of(Capability.ON_DUPLICATE_KEY));

    /** SQLStates PostgreSQL uses for a connection ended by the server. */
    private static final Set<String> DISCONNECT_STATES = Set.of("57P01", "57P02", "57P03", "57P05", "25P03");

    public PostgresDialect() {
        super(PREPARER, CAPABILITIES);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("postgresql", "postgres");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:postgresql:";
    }

    @Override
    public String driverClassName() {
        return "org.postgresql.Driver";
    }

    @Override
    public String driverArtifact() {
        return "org.postgresql:postgresql";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        return "jdbc:postgresql://" + target.hostAndPort(5432) + "/" + target.database();
    }

    @Override
    public Map<String, String> driverProperties() {
        return Map.of("reWriteBatchedInserts", "true");
    }

    /** pgjdbc's {@code socketTimeout} is in whole seconds. */
    @Override
    public Map<String, String> timeoutProperties(Duration statementTimeout) {
        long seconds = (socketTimeout(statementTimeout).toMillis() + 999) / 1000;
        return Map.of("socketTimeout", String.valueOf(seconds));
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new PostgresCompiler(this, literalBinds);
    }

    @Override
    public SchemaReflector reflector() {
        return new PostgresReflector(PREPARER);
    }

    @Override
    protected StandardBinders binderFactory() {
        return new PostgresBinders();
    }

    @Override
    public SqlType<?> typeForResultColumn(int jdbcType, String typeName, int precision, int scale) {
        if ("uuid".equals(typeName)) {
            return Types.UUID_TYPE;
        }
        if ("json".equals(typeName) || "jsonb".equals(typeName) || "interval".equals(typeName)) {
            return Types.TEXT;
        }
        return super.typeForResultColumn(jdbcType, typeName, precision, scale);
    }

    /** Intervals are read as ISO 8601 text ({@code PT1H30M}), which {@code Duration} parses. */
    /**
     * {@code DISCARD ALL}: session variables, temporary tables, prepared statements, advisory
     * locks and listeners. The driver sees the command and forgets its own prepared statements.
     */
    @Override
    protected void discardSessionState(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL");
        }
    }

    @Override
    protected List<String> connectStatements() {
        return List.of("SET intervalstyle = 'iso_8601'");
    }

    @Override
    public boolean isTransactionAborted(SQLException error) {
        return "25P02".equals(error.getSQLState());
    }

    @Override
    protected boolean isDisconnectState(String sqlState) {
        return DISCONNECT_STATES.contains(sqlState);
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new PostgresDdlCompiler(this);
    }

    /** A session-level advisory lock keyed by a stable 64-bit hash of the name. */
    @Override
    public SessionLock migrationLock(String name) {
        long key = 1125899906842597L;
        for (char c : name.toCharArray()) {
            key = 31 * key + c;
        }
        return new SessionLock("SELECT pg_advisory_lock(" + key + ")", "SELECT pg_advisory_unlock(" + key + ")");
    }

    /** pgjdbc looks array element types up by their catalog names, not the SQL spellings. */
    @Override
    protected String arrayElementTypeName(SqlType<?> elementType) {
        String name = super.arrayElementTypeName(elementType);
        return ARRAY_ELEMENT_NAMES.getOrDefault(name, name);
    }
}
