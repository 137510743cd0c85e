package dev.athanor.dialect;

import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.DataError;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.InternalError;
import dev.athanor.exc.NotSupportedError;
import dev.athanor.exc.OperationalError;
import dev.athanor.exc.ProgrammingError;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.Executable;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.CompiledSql;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything Athanor knows about one database: how to reach it through JDBC, how to quote and
 * compile SQL for it, how its types bind, what it can do, and how its errors read. Every database
 * quirk lives in a subclass of this class and its compilers; nothing else asks which database it
 * is talking to.
 *
 * <p>Dialects are found by URL scheme through {@link java.util.ServiceLoader} (see
 * {@link Dialects}); a new one is a subclass listed in
 * {@code META-INF/services/dev.athanor.dialect.Dialect}. An instance is cheap and stateless apart
 * from caches, and belongs to one engine.
 */
public abstract class Dialect {
    private final IdentifierPreparer preparer;
    private final Set<Capability> capabilities;
    private final Map<SqlType<?>, JdbcBinder<?>> binders = new ConcurrentHashMap<>();
    private final Map<Class<?>, JdbcBinder<?>> bindersByValueClass = new ConcurrentHashMap<>();
    private final Map<SqlType<?>, JdbcBinder<?>> arrayBinders = new ConcurrentHashMap<>();
    private volatile DdlCompiler ddlCompiler;

    /** A dialect that quotes identifiers by {@code preparer}'s rules and can do {@code capabilities}. */
    protected Dialect(IdentifierPreparer preparer, Set<Capability> capabilities) {
        this.preparer = preparer;
        this.capabilities = capabilities;
    }

    /** The dialect's name, as used in URLs and messages: {@code postgresql}, {@code sqlite}. */
    public abstract String name();

    /** The URL schemes this dialect answers to (the part before {@code +driver://}). */
    public abstract List<String> urlSchemes();

    /** The prefix of plain JDBC URLs this dialect handles, e.g. {@code jdbc:postgresql:}. */
    public abstract String jdbcUrlPrefix();

    /** The driver class this dialect needs, named in the error when it is missing. */
    public abstract String driverClassName();

    /** The Maven coordinates of the driver, for the error when it is missing. */
    public abstract String driverArtifact();

    /** The JDBC URL for a parsed Athanor URL (credentials are passed separately). */
    public abstract String jdbcUrl(JdbcTarget target);

    /**
     * Driver properties the dialect needs for correct and fast operation (batch rewriting, row
     * counts that mean "matched"); the user's URL options are applied over them.
     */
    public Map<String, String> driverProperties() {
        return Map.of();
    }

    /**
     * Driver properties that bound how long the driver waits for the server, given the engine's
     * statement timeout: a socket timeout a little longer than it, so a hung server fails the
     * statement (the statement timeout itself is the JDBC query timeout). None by default; the
     * user's URL options win over them.
     */
    public Map<String, String> timeoutProperties(Duration statementTimeout) {
        return Map.of();
    }

    /**
     * How long the driver waits for a hung server beyond the statement timeout, so the server's
     * own cancellation reports a slow statement first.
     */
    protected static Duration socketTimeout(Duration statementTimeout) {
        Duration grace = statementTimeout.dividedBy(2);
        return statementTimeout.plus(grace.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : grace);
    }

    /**
     * The URL query options this dialect reads itself ({@code ?pgbouncer=true}); they configure
     * the dialect through {@link #configure} and are not passed to the driver. None here.
     */
    public Set<String> dialectOptions() {
        return Set.of();
    }

    /**
     * This dialect set up by the URL's query options (only its {@link #dialectOptions()} are
     * read); this instance when they change nothing.
     *
     * @throws dev.athanor.exc.ArgumentError for a value the option does not accept
     */
    public Dialect configure(Map<String, String> urlOptions) {
        return this;
    }

    /** Whether a URL names a database that exists only inside one connection. */
    public boolean isPrivateInMemory(JdbcTarget target) {
        return false;
    }

    /**
     * The statement that ends a database living only as long as its engine (H2's in-memory
     * database, kept open between connections), run when the engine is disposed; {@code null}
     * when the URL names a database that outlives the engine.
     */
    public String disposeStatement(JdbcTarget target) {
        return null;
    }

    /** Whether this database can do {@code capability}. */
    public final boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The most bind parameters one statement may carry. */
    public int maxBindParameters() {
        return 32_767;
    }

    // ---- compilation -------------------------------------------------------------------------

    /** The identifier quoting rules. */
    public final IdentifierPreparer preparer() {
        return preparer;
    }

    /** A new compiler for one statement; dialects return their own subclass. */
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new SqlCompiler(preparer(), literalBinds);
    }

    /** Compiles a statement with {@code ?} markers. */
    public CompiledSql compile(Executable statement) {
        return newCompiler(false).compile(statement, CacheKey.of(statement));
    }

    /** Compiles a statement whose cache key is already known (the engine's cache-miss path). */
    public CompiledSql compile(Executable statement, CacheKey key) {
        return newCompiler(false).compile(statement, key);
    }

    /** Renders a statement with its values inline, for offline scripts and logs. */
    public String compileWithLiterals(Executable statement) {
        return newCompiler(true).compile(statement, CacheKey.of(statement)).sql();
    }

    /** The DDL compiler of this dialect. */
    public final DdlCompiler ddlCompiler() {
        DdlCompiler compiler = ddlCompiler;
        if (compiler == null) {
            compiler = newDdlCompiler();
            ddlCompiler = compiler;
        }
        return compiler;
    }

    /** Creates the DDL compiler; dialects return their own subclass. */
    protected DdlCompiler newDdlCompiler() {
        return new DdlCompiler(preparer());
    }

    /**
     * How this database is reflected (SQLAlchemy's {@code Inspector} queries); dialects return
     * their own subclass where JDBC metadata alone gets it wrong.
     */
    public SchemaReflector reflector() {
        return new JdbcSchemaReflector(preparer());
    }

    // ---- migration scripts -------------------------------------------------------------------

    /**
     * What ends a statement in an SQL script ({@code upgrade --sql}): {@code ;} here; dialects whose
     * tools need a batch separator after it ({@code GO}, {@code /}) say so.
     */
    public String scriptStatementTerminator() {
        return ";";
    }

    /** The statement that opens a transaction in an SQL script. */
    public String scriptBeginTransaction() {
        return "BEGIN";
    }

    /**
     * The session lock a migration run takes so that concurrent runners apply each revision once,
     * or {@code null} when the database has none (the run then relies on its transaction alone).
     *
     * @param name a name made of letters, digits and underscores, unique to the version table
     */
    public SessionLock migrationLock(String name) {
        return null;
    }

    /**
     * For a database without a {@linkplain #migrationLock session lock} that other processes may open
     * at the same time (a SQLite file), the file whose OS lock migration runners of every process
     * take; {@code null} when there is none (an in-memory database, or one a single process owns).
     *
     * @param databaseUrl the JDBC URL the driver reports for the database
     */
    public Path migrationLockFile(String databaseUrl) {
        return null;
    }

    // ---- types -------------------------------------------------------------------------------

    /** The binder for a type, built once and cached. */
    @SuppressWarnings("unchecked")
    public final <T> JdbcBinder<T> binder(SqlType<T> type) {
        JdbcBinder<?> binder = binders.get(type);
        if (binder == null) {
            binder = binders.computeIfAbsent(type, t -> t.accept(binderFactory()));
        }
        return (JdbcBinder<T>) binder;
    }

    /**
     * The binder for a value whose type the statement did not declare (untyped {@code text()}
     * parameters): the type inferred from the value's class, cached per class so repeated
     * executions pay one lookup.
     */
    @SuppressWarnings("unchecked")
    public final <T> JdbcBinder<T> binderForValue(T value) {
        if (value == null) {
            return (JdbcBinder<T>) binder(Types.NULL);
        }
        JdbcBinder<?> binder = bindersByValueClass.get(value.getClass());
        if (binder == null) {
            binder = binder(Types.forValue(value));
            bindersByValueClass.put(value.getClass(), binder);
        }
        return (JdbcBinder<T>) binder;
    }

    /**
     * The binder that sends a list as one SQL array of {@code elementType}, for a compiler that
     * binds {@code IN} lists as arrays ({@code = ANY(?)}); built once per element type.
     */
    @SuppressWarnings("unchecked")
    public final JdbcBinder<Object> arrayBinder(SqlType<?> elementType) {
        return (JdbcBinder<Object>) arrayBinders.computeIfAbsent(elementType, type -> {
            String typeName = arrayElementTypeName(type);
            return new JdbcBinder<Object>() {
                @Override
                public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
                    Object[] elements = ((Collection<?>) value).toArray();
                    statement.setArray(index, statement.getConnection().createArrayOf(typeName, elements));
                }

                @Override
                public Object read(ResultSet resultSet, int index) throws SQLException {
                    java.sql.Array array = resultSet.getArray(index);
                    return array == null ? null : Arrays.asList((Object[]) array.getArray());
                }
            };
        });
    }

    /** The type name {@code Connection.createArrayOf} takes for arrays of {@code elementType}. */
    protected String arrayElementTypeName(SqlType<?> elementType) {
        String name = ddlCompiler().typeCompiler().typeName(elementType);
        int parenthesis = name.indexOf('(');
        return (parenthesis < 0 ? name : name.substring(0, parenthesis)).trim().toLowerCase(Locale.ROOT);
    }

    /** The visitor that builds binders; dialects override the types their driver treats specially. */
    protected StandardBinders binderFactory() {
        return new StandardBinders();
    }

    /**
     * The type to read a result column with when the statement did not say (textual SQL), from
     * the JDBC type the driver reports.
     */
    public SqlType<?> typeForResultColumn(int jdbcType, String typeName, int precision, int scale) {
        return ResultTypes.forJdbcType(jdbcType, precision);
    }

    // ---- connections -------------------------------------------------------------------------

    /** Runs once on every new physical connection: executes the {@link #connectStatements()}. */
    public void onConnect(Connection connection) throws SQLException {
        List<String> statements = connectStatements();
        if (statements.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Returns a connection's session to the state of a freshly opened one, for a pool that resets
     * connections on return: the database's own reset ({@link #discardSessionState}), then
     * {@link #onConnect} again, with auto-commit and the isolation level put back as they were.
     * Both run with auto-commit on, as on a new connection, so nothing is left in a transaction.
     */
    public final void resetSession(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(true);
        discardSessionState(connection);
        onConnect(connection);
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
    }

    /**
     * Clears what SQL set on the session (variables, temporary tables, prepared statements);
     * nothing here, for databases that offer no such reset. Runs with auto-commit on.
     */
    protected void discardSessionState(Connection connection) throws SQLException {
    }

    /** The SQL every new physical connection runs first (SQLite's {@code PRAGMA foreign_keys = ON}); none here. */
    protected List<String> connectStatements() {
        return List.of();
    }

    /**
     * Prepares a statement to stream its rows {@code fetchSize} at a time through a server-side
     * cursor instead of buffering the whole result.
     */
    public void prepareForStreaming(Connection connection, Statement statement, int fetchSize)
            throws SQLException {
        statement.setFetchSize(fetchSize);
    }

    /**
     * Whether the driver streams a result only inside a transaction and reads all of it at once in
     * auto-commit mode (PostgreSQL's): a streamed query on an engine in {@code AUTOCOMMIT}
     * isolation then runs in a transaction of its own while its cursor is open.
     */
    public boolean streamsOnlyInTransaction() {
        return false;
    }

    // ---- errors ------------------------------------------------------------------------------

    /**
     * Whether the error is a write refused because the transaction or the whole server is
     * read-only (SQLState 25006, {@code read_only_sql_transaction}), as on a hot standby.
     */
    public boolean isReadOnlyViolation(SQLException error) {
        return "25006".equals(error.getSQLState());
    }

    /**
     * SQL that returns, on a replica, its replication lag in seconds as one number (0 when it has
     * replayed everything it received), or {@code null} when this database cannot tell; replicas
     * of such databases are never passed over for lag.
     */
    public String replicaLagQuery() {
        return null;
    }

    /** Whether the error means the connection is dead and must not be reused. */
    public boolean isDisconnect(SQLException error) {
        for (SQLException e = error; e != null; e = e.getNextException()) {
            if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
                return true;
            }
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || isDisconnectState(state))) {
                return true;
            }
            if (isDisconnectCode(e.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** SQLStates outside class 08 that this database uses for a lost connection. */
    protected boolean isDisconnectState(String sqlState) {
        return false;
    }

    /** Vendor codes this database uses for a lost connection. */
    protected boolean isDisconnectCode(int vendorCode) {
        return false;
    }

    /**
     * Wraps a driver error in the matching {@link DBAPIError} subclass, marking it retryable when
     * {@link #isRetryable} says so.
     */
    public DBAPIError translate(SQLException error, DBAPIError.Details details) {
        DBAPIError.Details classified = details.withRetryable(isRetryable(error));
        return switch (classify(error)) {
            case INTEGRITY -> new IntegrityError(classified, error);
            case DATA -> new DataError(classified, error);
            case PROGRAMMING -> new ProgrammingError(classified, error);
            case OPERATIONAL -> new OperationalError(classified, error);
            case INTERNAL -> new InternalError(classified, error);
            case NOT_SUPPORTED -> new NotSupportedError(classified, error);
            case OTHER -> new DBAPIError(classified, error);
        };
    }

    /**
     * Classifies a driver error by its SQLState class, as the DB-API drivers SQLAlchemy wraps do;
     * dialects add vendor codes. A timeout is always operational.
     */
    protected ErrorKind classify(SQLException error) {
        if (isDisconnect(error) || error instanceof SQLTimeoutException) {
            return ErrorKind.OPERATIONAL;
        }
        String state = error.getSQLState();
        if (state == null || state.length() < 2) {
            return ErrorKind.OTHER;
        }
        return switch (state.substring(0, 2)) {
            case "23" -> ErrorKind.INTEGRITY;
            case "22" -> ErrorKind.DATA;
            case "42", "3F" -> ErrorKind.PROGRAMMING;
            case "0A" -> ErrorKind.NOT_SUPPORTED;
            case "25", "2D", "XX" -> ErrorKind.INTERNAL;
            case "08", "28", "40", "53", "54", "55", "57", "58", "HY" -> ErrorKind.OPERATIONAL;
            default -> ErrorKind.OTHER;
        };
    }

    /**
     * Whether the database rolled the whole transaction back for a conflict with another one, so
     * running it again may succeed: SQLState class 40 (serialization failure 40001, deadlock).
     * Dialects add vendor codes.
     */
    protected boolean isRetryable(SQLException error) {
        String state = error.getSQLState();
        return state != null && state.startsWith("40");
    }

    /**
     * Whether the error says the transaction was aborted by an earlier error and refuses every
     * statement until it is rolled back (PostgreSQL's 25P02).
     */
    public boolean isTransactionAborted(SQLException error) {
        return false;
    }

    /** The families of driver errors, matching the {@link DBAPIError} subclasses. */
    protected enum ErrorKind {
        INTEGRITY, DATA, PROGRAMMING, OPERATIONAL, INTERNAL, NOT_SUPPORTED, OTHER
    }

    @Override
    public String toString() {
        return name();
    }
}
