package dev.athanor.dialect.h2;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcTarget;
import dev.athanor.dialect.ReservedWords;
import dev.athanor.dialect.SchemaReflector;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * H2 2.x: {@code h2:///:memory:}, {@code h2:///./data/app} (a file), {@code h2+tcp://host:port/db}.
 * H2 stores unquoted names in upper case, so names are quoted only when H2 requires it.
 *
 * <p>{@code h2:///:memory:} becomes an in-memory database of its own with a unique name, kept open
 * between connections ({@code DB_CLOSE_DELAY=-1}) so that an ordinary pool can lend several
 * connections to it at once, and shut down when the engine is disposed: what Spring Boot's
 * embedded H2 does. Two engines on {@code h2:///:memory:} never see each other's tables.
 */
public class H2Dialect extends Dialect {
    /** H2's keyword list: exactly the words H2 rejects unquoted. */
    private static final Set<String> KEYWORDS = ReservedWords.words("""
            all and any array as asymmetric authorization between both case cast check constraint
            cross current_catalog current_date current_path current_role current_schema
            current_time current_timestamp current_user day default distinct else end except exists
            false fetch for foreign from full group groups having hour if ilike in inner intersect
            interval is join key leading left like limit localtime localtimestamp minus minute month
            natural not null offset on or order over partition primary qualify range regexp right row
            rownum rows second select session_user set some symmetric system_user table to top
            trailing true uescape union unique unknown user using value values when where window with
            year _rowid_""");

    /** H2's option that keeps an in-memory database open after its last connection closes. */
    private static final String CLOSE_DELAY = "DB_CLOSE_DELAY";

    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("\"", "\"", KEYWORDS, true);

    private static final Set<Capability> CAPABILITIES = EnumSet.of(
            Capability.INSERT_RETURNING, Capability.UPDATE_RETURNING, Capability.DELETE_RETURNING,
            Capability.MULTI_ROW_INSERT, Capability.SAVEPOINTS,
            Capability.SEQUENCES, Capability.IDENTITY_COLUMNS, Capability.NATIVE_UUID,
            Capability.NATIVE_BOOLEAN, Capability.CHECK_CONSTRAINTS, Capability.COMMENTS,
            Capability.SCHEMAS, Capability.WINDOW_FUNCTIONS, Capability.CTE, Capability.ILIKE,
            Capability.REGEXP, Capability.FOR_UPDATE, Capability.MERGE, Capability.INTERSECT_EXCEPT,
            Capability.NON_FINITE_FLOATS);

    public H2Dialect() {
        super(PREPARER, CAPABILITIES);
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("h2");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:h2:";
    }

    @Override
    public String driverClassName() {
        return "org.h2.Driver";
    }

    @Override
    public String driverArtifact() {
        return "com.h2database:h2";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        StringBuilder url = new StringBuilder("jdbc:h2:");
        if ("tcp".equals(target.driver()) || target.host() != null) {
            url.append("tcp://").append(target.host());
            if (target.port() != null) {
                url.append(':').append(target.port());
            }
            url.append('/').append(target.database());
        } else if (target.inMemory()) {
            url.append("mem:athanor_").append(UUID.randomUUID().toString().replace("-", ""));
            if (!target.options().containsKey(CLOSE_DELAY)) {
                url.append(';').append(CLOSE_DELAY).append("=-1");
            }
        } else {
            url.append("file:").append(target.database());
        }
        for (Map.Entry<String, String> option : target.options().entrySet()) {
            url.append(';').append(option.getKey()).append('=').append(option.getValue());
        }
        return url.toString();
    }

    @Override
    public String disposeStatement(JdbcTarget target) {
        return target.host() == null && target.inMemory() ? "SHUTDOWN" : null;
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new H2Compiler(this, literalBinds);
    }

    @Override
    public SchemaReflector reflector() {
        return new H2Reflector(PREPARER);
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new H2DdlCompiler(this);
    }

    /**
     * H2 sets no limit of its own on parameters; this bound keeps a statement's text and its
     * parse reasonable, and lets an IN list of 100,000 values through. (H2 arrays stop at 65,536
     * elements, so lists are not bound as arrays here.)
     */
    @Override
    public int maxBindParameters() {
        return 100_000;
    }
}
