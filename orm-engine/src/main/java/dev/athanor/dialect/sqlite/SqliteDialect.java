package dev.athanor.dialect.sqlite;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.dialect.SchemaReflector;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite through xerial's driver: {@code sqlite:///relative.db}, {@code sqlite:////abs/path.db},
 * {@code sqlite:///:memory:}. Every connection enforces foreign keys. Values SQLite has no type for
 * (dates, exact decimals, UUIDs) are stored as text in a form that sorts correctly.
 *
 * <p>Two driver properties make concurrent sessions on a file database work, and the URL's query
 * (or {@code connectArgs}) overrides either:
 * <ul>
 *   <li>{@code journal_mode=WAL}: readers never block a writer and a writer never blocks readers,
 *       so a session holding a read transaction open no longer makes another session's commit
 *       fail with {@code SQLITE_BUSY}. The mode is stored in the database file. Use
 *       {@code ?journal_mode=DELETE} for a file on a network share, where WAL cannot work.
 *       In-memory databases ignore it.</li>
 *   <li>{@code busy_timeout=5000}: milliseconds a statement waits for another connection's write
 *       lock before failing with {@code SQLITE_BUSY}, e.g. {@code sqlite:///app.db?busy_timeout=15000}.</li>
 * </ul>
 * An engine over an application's own DataSource gets neither: set them on that DataSource.
 */
public class SqliteDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("\"", "\"",
            ReservedWords.ansiPlus("abort action add after analyze attach autoincrement before begin"
                    + " cascade commit conflict database deferrable deferred detach each escape"
                    + " exclusive explain fail glob if ignore immediate index indexed initially"
                    + " instead isnull key match no notnull nulls plan pragma query raise recursive"
                    + " regexp reindex release rename replace restrict rollback savepoint temp"
                    + " temporary transaction trigger vacuum view virtual without"),
            false);

    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            Capability.INSERT_RETURNING, Capability.UPDATE_RETURNING, Capability.DELETE_RETURNING,
            Capability.MULTI_ROW_INSERT, Capability.SAVEPOINTS, Capability.IDENTITY_COLUMNS,
            Capability.TRANSACTIONAL_DDL, Capability.CHECK_CONSTRAINTS, Capability.WINDOW_FUNCTIONS,
            Capability.CTE, Capability.ON_CONFLICT, Capability.FULL_OUTER_JOIN,
            Capability.INTERSECT_EXCEPT);

    /** SQLite's primary result codes that the driver reports as the vendor code. */
    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_INTERRUPT = 9;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;
    private static final int SQLITE_RANGE = 25;

    public SqliteDialect() {
        super(PREPARER, CAPABILITIES);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlite");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:sqlite:";
    }

    @Override
    public String driverClassName() {
        return "org.sqlite.JDBC";
    }

    @Override
    public String driverArtifact() {
        return "org.xerial:sqlite-jdbc";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        return "jdbc:sqlite:" + (target.inMemory() ? ":memory:" : target.database());
    }

    @Override
    public boolean isPrivateInMemory(JdbcTarget target) {
        return target.inMemory();
    }

    @Override
    public int maxBindParameters() {
        return 32_766;
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new SqliteCompiler(this, literalBinds);
    }

    @Override
    public SchemaReflector reflector() {
        return new SqliteReflector(PREPARER);
    }

    @Override
    protected StandardBinders binderFactory() {
        return new SqliteBinders();
    }

    @Override
    public SqlType<?> typeForResultColumn(int jdbcType, String typeName, int precision, int scale) {
        // SQLite's declared types are advice; the stored value decides, so read what is there.
        return Types.NULL;
    }

    @Override
    public Map<String, String> driverProperties() {
        return Map.of("journal_mode", "WAL", "busy_timeout", "5000");
    }

    @Override
    protected List<String> connectStatements() {
        return List.of("PRAGMA foreign_keys = ON");
    }

    @Override
    protected ErrorKind classify(SQLException error) {
        return switch (error.getErrorCode() & 0xff) {
            case SQLITE_CONSTRAINT -> ErrorKind.INTEGRITY;
            case SQLITE_TOOBIG, SQLITE_MISMATCH, SQLITE_RANGE -> ErrorKind.DATA;
            case SQLITE_ERROR -> ErrorKind.PROGRAMMING;
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_INTERRUPT, SQLITE_CANTOPEN -> ErrorKind.OPERATIONAL;
            default -> super.classify(error);
        };
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new SqliteDdlCompiler(this);
    }

    /** {@code <database file>.athanor-migrate.lock} beside a file database; none in memory. */
    @Override
    public Path migrationLockFile(String databaseUrl) {
        String path = databaseUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        if (path.isEmpty() || path.contains(":memory:")) {
            return null;
        }
        Path database = Path.of(path);
        return database.resolveSibling(database.getFileName() + ".athanor-migrate.lock");
    }
}
