package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.SessionLock;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.dialect.SchemaReflector;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.exc.ArgumentError;
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
 *
 * <p>Behind PgBouncer in transaction pooling mode, add {@code ?pgbouncer=true} to the URL: each
 * transaction may then run on a different server connection, so nothing may outlive one. The
 * dialect turns off server-side prepared statements ({@code prepareThreshold=0}), does not set
 * {@code intervalstyle} on connect and does not send {@code DISCARD ALL} on reset (both would act
 * on whichever server connection PgBouncer lent, not on this client's); set
 * {@code intervalstyle = iso_8601} on the database ({@code ALTER DATABASE … SET}) or in PgBouncer's
 * {@code connect_query} so intervals read as {@link java.time.Duration}.
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

    /** The URL option for running behind PgBouncer in transaction pooling mode. */
    public static final String PGBOUNCER_OPTION = "pgbouncer";

    private final boolean pgbouncer;

    public PostgresDialect() {
        this(false);
    }

    private PostgresDialect(boolean pgbouncer) {
        super(PREPARER, CAPABILITIES);
        this.pgbouncer = pgbouncer;
    }

    @Override
    public Set<String> dialectOptions() {
        return Set.of(PGBOUNCER_OPTION);
    }

    /** {@code ?pgbouncer=true}: a dialect safe behind PgBouncer's transaction pooling. */
    @Override
    public Dialect configure(Map<String, String> urlOptions) {
        String value = urlOptions.get(PGBOUNCER_OPTION);
        if (value == null || value.equalsIgnoreCase("false")) {
            return this;
        }
        if (!value.equalsIgnoreCase("true")) {
            throw new ArgumentError("The URL option pgbouncer takes true or false, got '" + value + "'");
        }
        return new PostgresDialect(true);
    }

    /** Whether the dialect avoids session state because PgBouncer may switch server connections per transaction. */
    public boolean isPgBouncer() {
        return pgbouncer;
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
        return pgbouncer ? Map.of("reWriteBatchedInserts", "true", "prepareThreshold", "0")
                : Map.of("reWriteBatchedInserts", "true");
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

    /**
     * {@code DISCARD ALL}: session variables, temporary tables, prepared statements, advisory
     * locks and listeners. The driver sees the command and forgets its own prepared statements.
     */
    @Override
    protected void discardSessionState(Connection connection) throws SQLException {
        if (pgbouncer) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL");
        }
    }

    /** Intervals are read as ISO 8601 text ({@code PT1H30M}), which {@code Duration} parses. */
    @Override
    protected List<String> connectStatements() {
        return pgbouncer ? List.of() : List.of("SET intervalstyle = 'iso_8601'");
    }

    /**
     * The time since the last replayed commit, counted only while WAL is waiting to be replayed:
     * an idle primary sends no commits, so a caught-up standby would otherwise look ever later.
     */
    @Override
    public String replicaLagQuery() {
        return "SELECT CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"
                + " THEN 0 ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END";
    }

    /** pgjdbc uses a portal (and a fetch size) only with auto-commit off. */
    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
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
