package dev.athanor.engine;

import dev.athanor.sql.Executable;
import dev.athanor.sql.StatementKind;
import java.util.Arrays;
import java.util.List;

/**
 * One statement execution as listeners see it: the SQL sent, every parameter set bound, and
 * whether the compiled form came from the cache.
 */
public final class ExecutionContext {
    private final Connection connection;
    private final Executable statement;
    private final String sql;
    private final StatementKind kind;
    private final List<Object[]> parameterSets;
    private final boolean executemany;
    private final boolean cacheHit;

    ExecutionContext(Connection connection, Executable statement, String sql, StatementKind kind,
                     List<Object[]> parameterSets, boolean executemany, boolean cacheHit) {
        this.connection = connection;
        this.statement = statement;
        this.sql = sql;
        this.kind = kind;
        this.parameterSets = parameterSets;
        this.executemany = executemany;
        this.cacheHit = cacheHit;
    }

    /** The connection the statement runs on. */
    public Connection connection() {
        return connection;
    }

    /** The statement as built, or {@code null} for DDL and driver-level calls. */
    public Executable statement() {
        return statement;
    }

    /** The SQL text sent to the driver. */
    public String sql() {
        return sql;
    }

    /** What kind of statement it is. */
    public StatementKind kind() {
        return kind;
    }

    /** The parameter values, one list per parameter set (one set unless executemany). */
    public List<List<Object>> parameters() {
        return parameterSets.stream().map(values -> Arrays.asList(values.clone())).toList();
    }

    List<Object[]> parameterSetsInternal() {
        return parameterSets;
    }

    /** How many parameter sets were bound: 1, or the batch size of an executemany. */
    public int parameterSetCount() {
        return parameterSets.size();
    }

    /** Whether the statement ran as a JDBC batch. */
    public boolean executemany() {
        return executemany;
    }

    /** Whether the compiled statement came from the compile cache. */
    public boolean cacheHit() {
        return cacheHit;
    }

    /** The parameters as shown in logs and errors (long values shortened). */
    public String renderedParameters() {
        return ParameterFormatter.sets(parameterSets);
    }
}
