package dev.athanor.dialect.mysql;

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
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MySQL 8 through MySQL Connector/J: {@code mysql://user:pass@host:3306/db}. Identifiers are
 * quoted with backticks. Timestamps with a zone are stored as UTC in {@code DATETIME(6)}, since
 * MySQL has no type that keeps an offset.
 */
public class MySqlDialect extends Dialect {
    private static final IdentifierPreparer PREPARER = new IdentifierPreparer("`", "`",
            ReservedWords.ansiPlus("accessible add analyze asensitive before bigint binary blob call"
                    + " cascade change char character condition continue convert cursor database"
                    + " databases day_hour day_microsecond day_minute day_second dec decimal declare"
                    + " delayed describe deterministic distinctrow div double dual each elseif"
                    + " enclosed escaped exit explain float float4 float8 force fulltext generated"
                    + " groups high_priority hour_microsecond hour_minute hour_second if ignore index"
                    + " infile inout insensitive int int1 int2 int3 int4 int8 integer iterate key keys"
                    + " kill leave linear lines load lock long longblob longtext loop low_priority"
                    + " master_bind match maxvalue mediumblob mediumint mediumtext middleint"
                    + " minute_microsecond minute_second mod modifies no_write_to_binlog numeric"
                    + " optimize option optionally out outfile precision procedure purge read reads"
                    + " real regexp release rename repeat replace require resignal restrict return"
                    + " revoke rlike schema schemas second_microsecond sensitive separator show signal"
                    + " smallint spatial specific sql sqlexception sqlstate sqlwarning ssl starting"
                    + " stored straight_join terminated tinyblob tinyint tinytext trigger undo unlock"
                    + " unsigned update usage use utc_date utc_time utc_timestamp varbinary varchar"
                    + " varcharacter varying virtual while write xor year_month zerofill"),
            false);

    static final Set<Capability> CAPABILITIES = EnumSet.of(
            Capability.MULTI_ROW_INSERT, Capability.SAVEPOINTS, Capability.IDENTITY_COLUMNS,
            Capability.NATIVE_ENUM, Capability.SERVER_SIDE_CURSORS, Capability.CHECK_CONSTRAINTS,
            Capability.COMMENTS, Capability.WINDOW_FUNCTIONS, Capability.CTE, Capability.REGEXP,
            Capability.FOR_UPDATE, Capability.SKIP_LOCKED, Capability.ON_DUPLICATE_KEY,
            Capability.INTERSECT_EXCEPT, Capability.LATERAL);

    /** Vendor codes for a lost connection: killed, gone away, lost during query, shutdown. */
    private static final Set<Integer> DISCONNECT_CODES = Set.of(1053, 1927, 2006, 2013, 4031);
    /** Query interrupted (1317), MariaDB max_statement_time (1969), MySQL max_execution_time (3024). */
    private static final Set<Integer> TIMEOUT_CODES = Set.of(1317, 1969, 3024);
    private static final int ER_LOCK_DEADLOCK = 1213;

    public MySqlDialect() {
        this(CAPABILITIES);
    }

    /** For MariaDB, which quotes as MySQL does but can do other things. */
    protected MySqlDialect(Set<Capability> capabilities) {
        super(PREPARER, capabilities);
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mysql");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:mysql:";
    }

    @Override
    public String driverClassName() {
        return "com.mysql.cj.jdbc.Driver";
    }

    @Override
    public String driverArtifact() {
        return "com.mysql:mysql-connector-j";
    }

    @Override
    public String jdbcUrl(JdbcTarget target) {
        return jdbcUrlPrefix() + "//" + target.hostAndPort(3306) + "/" + target.database();
    }

    @Override
    public int maxBindParameters() {
        return 65_535;
    }

    @Override
    public SqlCompiler newCompiler(boolean literalBinds) {
        return new MySqlCompiler(this, literalBinds);
    }

    @Override
    public SchemaReflector reflector() {
        return new MySqlReflector(PREPARER);
    }

    @Override
    protected StandardBinders binderFactory() {
        return new MySqlBinders();
    }

    /** MariaDB Connector/J's and MySQL Connector/J's {@code socketTimeout} are in milliseconds. */
    @Override
    public Map<String, String> timeoutProperties(Duration statementTimeout) {
        return Map.of("socketTimeout", String.valueOf(socketTimeout(statementTimeout).toMillis()));
    }

    @Override
    protected boolean isDisconnectCode(int vendorCode) {
        return DISCONNECT_CODES.contains(vendorCode);
    }

    /** Statement timeouts and interrupted queries are operational, whatever SQLState the driver gives. */
    @Override
    protected ErrorKind classify(SQLException error) {
        return TIMEOUT_CODES.contains(error.getErrorCode()) ? ErrorKind.OPERATIONAL : super.classify(error);
    }

    /** A deadlock (1213) rolls the transaction back even where the driver leaves out SQLState 40001. */
    @Override
    protected boolean isRetryable(SQLException error) {
        return error.getErrorCode() == ER_LOCK_DEADLOCK || super.isRetryable(error);
    }

    @Override
    protected DdlCompiler newDdlCompiler() {
        return new MySqlDdlCompiler(this);
    }

    /**
     * A {@code GET_LOCK} named after the version table; the timeout is a year because MariaDB
     * refuses the negative "wait forever" value MySQL accepts.
     */
    @Override
    public SessionLock migrationLock(String name) {
        String quoted = "'" + name + "'";
        return new SessionLock("SELECT GET_LOCK(" + quoted + ", 31536000)", "SELECT RELEASE_LOCK(" + quoted + ")");
    }
}
