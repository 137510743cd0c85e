package dev.athanor.engine;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.JdbcBinder;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.DataError;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Insert;
import dev.athanor.sql.StatementKind;
import dev.athanor.sql.compiler.BindSlot;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.CompiledSql;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs statements on one connection: finds the compiled form in the engine's cache, binds each
 * parameter set through the dialect's binders, sends a single statement or a JDBC batch, reads
 * the rows, and reports to listeners and the echo log. Driver errors leave here wrapped, with the
 * connection invalidated when the error says it is dead.
 */
final class StatementRunner {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.engine");

    private final Connection connection;
    private final Engine engine;
    private final Dialect dialect;
    private final ListenerRegistry<ExecutionListener> listeners;
    /** The statement executing now, for {@link #cancel()} from another thread. */
    private volatile Statement running;

    StatementRunner(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
        this.dialect = engine.dialect();
        this.listeners = engine.executionListeners();
    }

    Result execute(Executable given, List<? extends Map<String, ?>> parameterSets, ExecutionOptions options) {
        String[] keyColumns = null;
        if (GeneratedKeysInsert.applies(given, dialect.supports(Capability.INSERT_RETURNING))) {
            keyColumns = GeneratedKeysInsert.keyColumns((Insert) given, dialect.name());
            given = ((Insert) given).withoutReturning(); // sent without RETURNING; the keys come from the driver
        }
        requireKeysOfFirstSet(parameterSets);
        Executable statement = given.forParameters(parameterSets.get(0));
        CacheKey key = CacheKey.of(statement);
        boolean[] hit = {true};
        StatementPlan plan = engine.plans().get(key, k -> {
            hit[0] = false;
            return StatementPlan.of(dialect.compile(statement, k), dialect);
        });
        CompiledSql compiled = plan.compiled();
        List<Object[]> values = new ArrayList<>(parameterSets.size());
        for (Map<String, ?> parameters : parameterSets) {
            values.add(resolve(compiled, key.binds(), parameters));
        }
        if (!dialect.supports(Capability.NON_FINITE_FLOATS)) {
            requireFiniteFloats(compiled, values);
        }
        boolean executemany = values.size() > 1;
        if (executemany && compiled.manyValues() != null && keyColumns == null) {
            return ManyValuesInsert.run(this, statement, plan, values, hit[0]);
        }
        String sql = compiled.sql();
        JdbcBinder<?>[] binders = plan.binders();
        if (ListExpansion.applies(compiled)) {
            if (executemany) {
                throw new ArgumentError("executemany cannot expand an IN list (parameter sets may differ in length);"
                        + " execute the statement once per parameter set");
            }
            ListExpansion.Expanded expanded = ListExpansion.expand(compiled, binders, values.get(0), dialect);
            sql = expanded.sql();
            binders = expanded.binders();
            values = List.<Object[]>of(expanded.values());
        }
        ExecutionContext context = new ExecutionContext(connection, statement, sql, compiled.kind(),
                values, executemany, hit[0]);
        echo(context, plan);
        return run(context, binders, plan, options, keyColumns);
    }

    /** Runs one statement of an insertmanyvalues series; see {@link ManyValuesInsert}. */
    Result runSingle(Executable statement, String sql, Object[] values, JdbcBinder<?>[] binders, StatementPlan plan,
                     boolean cacheHit) {
        ExecutionContext context = new ExecutionContext(connection, statement, sql, plan.compiled().kind(),
                List.<Object[]>of(values), false, cacheHit);
        echo(context, plan);
        return run(context, binders, plan, ExecutionOptions.DEFAULTS, null);
    }

    int maxBindParameters() {
        return dialect.maxBindParameters();
    }

    /** Runs SQL text that has no parameters (DDL and driver-level commands). */
    long executeRaw(String sql, StatementKind kind) {
        ExecutionContext context = new ExecutionContext(connection, null, sql, kind, List.<Object[]>of(new Object[0]),
                false, false);
        echo(context, null);
        Result result = run(context, new JdbcBinder<?>[0], null, ExecutionOptions.DEFAULTS, null);
        if (result.returnsRows()) {
            result.close();
        }
        return result.rowCount();
    }

    /**
     * The statement and its binds are shaped by the first parameter set, so a key only a later set
     * has would be silently dropped (as SQLAlchemy drops it); refuse it before anything is sent.
     */
    private static void requireKeysOfFirstSet(List<? extends Map<String, ?>> parameterSets) {
        Map<String, ?> first = parameterSets.get(0);
        for (int i = 1; i < parameterSets.size(); i++) {
            for (String key : parameterSets.get(i).keySet()) {
                if (!first.containsKey(key)) {
                    throw new ArgumentError("executemany: parameter set " + i + " (0-based) has key '" + key
                            + "' that parameter set 0 lacks, so its value would be dropped: the statement is built"
                            + " from the first set's keys " + first.keySet() + "; give every set the same keys"
                            + " (use null for missing values)");
                }
            }
        }
    }

    /**
     * Refuses NaN and ±Infinity before sending where the database cannot store them: SQLite would
     * silently store NULL, MySQL and MariaDB reject the statement with a misleading error.
     */
    private void requireFiniteFloats(CompiledSql compiled, List<Object[]> values) {
        for (int set = 0; set < values.size(); set++) {
            Object[] row = values.get(set);
            for (int i = 0; i < row.length; i++) {
                Object nonFinite = row[i] instanceof Collection<?> list
                        ? list.stream().filter(StatementRunner::isNonFinite).findFirst().orElse(null)
                        : isNonFinite(row[i]) ? row[i] : null;
                if (nonFinite != null) {
                    String message = dialect.name() + " cannot store " + nonFinite + ": parameter '"
                            + compiled.slots().get(i).key() + "'" + (values.size() > 1 ? " of parameter set " + set : "")
                            + " is " + nonFinite + "; store NULL or a finite value, or use a database that keeps"
                            + " non-finite floats (PostgreSQL, H2)";
                    throw new DataError(new DBAPIError.Details(compiled.sql(), engine.options().hideParameters()
                            ? "[SQL parameters hidden due to hideParameters=true]" : ParameterFormatter.sets(values),
                            "22003", 0, false), new SQLDataException(message, "22003"));
                }
            }
        }
    }

    private static boolean isNonFinite(Object value) {
        return value instanceof Double d ? !Double.isFinite(d) : value instanceof Float f && !Float.isFinite(f);
    }

    private Object[] resolve(CompiledSql compiled, List<BindParameter<?>> binds, Map<String, ?> parameters) {
        List<BindSlot> slots = compiled.slots();
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            BindSlot slot = slots.get(i);
            if (parameters.containsKey(slot.key())) {
                values[i] = parameters.get(slot.key());
            } else {
                BindParameter<?> bind = binds.get(slot.source());
                if (bind.required()) {
                    throw new ArgumentError("A value is required for bind parameter '" + slot.key()
                            + "'; pass it in the parameters of execute(), e.g. Map.of(\"" + slot.key() + "\", …)");
                }
                values[i] = bind.value();
            }
        }
        return values;
    }

    /**
     * Sends one statement or batch. With {@code keyColumns} the driver is asked for those generated
     * keys and they are the result's rows (see {@link GeneratedKeysInsert}).
     */
    private Result run(ExecutionContext context, JdbcBinder<?>[] binders, StatementPlan plan, ExecutionOptions options,
                       String[] keyColumns) {
        connection.countStatement();
        if (!listeners.isEmpty()) {
            listeners.fire(listener -> listener.beforeExecute(context));
        }
        java.sql.Connection jdbc = connection.jdbcConnection();
        PreparedStatement statement = null;
        boolean cursorTransaction = false;
        long start = System.nanoTime();
        try {
            statement = keyColumns == null ? jdbc.prepareStatement(context.sql())
                    : jdbc.prepareStatement(context.sql(), keyColumns);
            applyTimeout(statement);
            boolean streaming = options.streamResults() && !context.executemany();
            if (streaming) {
                dialect.prepareForStreaming(jdbc, statement, options.yieldPer() > 0 ? options.yieldPer() : 1000);
                cursorTransaction = engine.isAutocommit() && dialect.streamsOnlyInTransaction() && jdbc.getAutoCommit();
                if (cursorTransaction) {
                    jdbc.setAutoCommit(false); // ended when the cursor closes (rows) or below
                }
            }
            Result result;
            running = statement;
            if (context.executemany()) {
                for (Object[] values : context.parameterSetsInternal()) {
                    bind(statement, binders, values);
                    statement.addBatch();
                }
                long count = sum(statement.executeBatch());
                result = keyColumns == null ? Result.ofRowCount(count) : generatedKeys(statement);
            } else if (keyColumns != null) {
                bind(statement, binders, context.parameterSetsInternal().get(0));
                statement.executeUpdate();
                result = generatedKeys(statement);
            } else {
                bind(statement, binders, context.parameterSetsInternal().get(0));
                result = statement.execute() ? rows(statement, streaming, plan, context.statement(),
                        cursorTransaction ? jdbc : null)
                        : Result.ofRowCount(statement.getUpdateCount());
            }
            connection.markInTransaction();
            long elapsed = System.nanoTime() - start;
            if (!result.returnsRows() || !streaming) {
                statement.close();
                if (cursorTransaction) {
                    endCursorTransaction(jdbc, true);
                }
            }
            afterExecute(context, elapsed, result.rowCount());
            return result;
        } catch (SQLException e) {
            closeQuietly(statement);
            endCursorTransactionQuietly(jdbc, cursorTransaction);
            throw error(context, e);
        } catch (RuntimeException e) {
            closeQuietly(statement);
            endCursorTransactionQuietly(jdbc, cursorTransaction);
            throw e;
        } finally {
            running = null;
        }
    }

    /**
     * Ends the transaction a streamed query opened on an auto-commit connection
     * ({@link Dialect#streamsOnlyInTransaction()}): committed when the cursor closed, rolled back
     * after a failure, auto-commit back on either way.
     */
    private static void endCursorTransaction(java.sql.Connection jdbc, boolean commit) throws SQLException {
        try {
            if (commit) {
                jdbc.commit();
            } else {
                jdbc.rollback();
            }
        } finally {
            jdbc.setAutoCommit(true);
        }
    }

    private static void endCursorTransactionQuietly(java.sql.Connection jdbc, boolean opened) {
        if (opened) {
            try {
                endCursorTransaction(jdbc, false);
            } catch (SQLException ignored) {
                // the statement's own error is the one to report; a dead connection is invalidated by it
            }
        }
    }

    /** Asks the driver to stop the statement executing now; {@code false} when none is. */
    boolean cancel() {
        Statement statement = running;
        if (statement == null) {
            return false;
        }
        try {
            statement.cancel();
            return true;
        } catch (SQLException e) {
            throw connection.wrapError(e, "(cancel)", List.of());
        }
    }

    /** The engine's statement timeout, in the whole seconds JDBC counts in. */
    private void applyTimeout(Statement statement) throws SQLException {
        Duration timeout = engine.options().statementTimeout();
        if (timeout != null) {
            statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000));
        }
    }

    /**
     * The result of a statement that returned rows: read at once, or streamed through a cursor that
     * ends {@code cursorTransaction}'s transaction when it closes (null: none was opened for it).
     */
    private Result rows(PreparedStatement statement, boolean streaming, StatementPlan plan, Executable executed,
                        java.sql.Connection cursorTransaction) throws SQLException {
        var resultSet = statement.getResultSet();
        RowReader reader = plan == null ? RowReader.of(resultSet.getMetaData(), dialect)
                : RowReader.of(resultSet.getMetaData(), dialect, plan, executed.returnedColumns());
        if (!streaming) {
            try (resultSet) {
                return Result.ofRows(reader.metadata(), BufferedCursor.readAll(reader, resultSet));
            }
        }
        StreamingCursor[] cursor = new StreamingCursor[1];
        cursor[0] = new StreamingCursor(statement, resultSet, reader,
                e -> connection.wrapError(e, "(fetching rows)", List.of()),
                () -> {
                    connection.forgetCursor(cursor[0]);
                    if (cursorTransaction != null) {
                        try {
                            endCursorTransaction(cursorTransaction, true);
                        } catch (SQLException e) {
                            throw connection.wrapError(e, "COMMIT", List.of());
                        }
                    }
                });
        connection.rememberCursor(cursor[0]);
        return Result.ofRows(reader.metadata(), cursor[0]);
    }

    private Result generatedKeys(PreparedStatement statement) throws SQLException {
        try (var keys = statement.getGeneratedKeys()) {
            RowReader reader = RowReader.of(keys.getMetaData(), dialect);
            return Result.ofRows(reader.metadata(), BufferedCursor.readAll(reader, keys));
        }
    }

    /** Binds one parameter set; slots without a declared type take the type of their value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void bind(PreparedStatement statement, JdbcBinder<?>[] binders, Object[] values)
            throws SQLException {
        for (int i = 0; i < values.length; i++) {
            JdbcBinder binder = binders[i];
            Object value = values[i];
            if (binder == null) {
                binder = dialect.binderForValue(value);
            }
            binder.bind(statement, i + 1, value);
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int count : counts) {
            if (count < 0) {
                return -1; // Statement.SUCCESS_NO_INFO: the driver does not say how many rows
            }
            total += count;
        }
        return total;
    }

    private void afterExecute(ExecutionContext context, long elapsed, long rowCount) {
        if (!listeners.isEmpty()) {
            listeners.fire(listener -> listener.afterExecute(context, elapsed, rowCount));
        }
        if (engine.options().echo() || LOG.isDebugEnabled()) {
            log("[executed in {} ms, row count {}]", String.format("%.3f", elapsed / 1e6), rowCount);
        }
    }

    private DBAPIError error(ExecutionContext context, SQLException e) {
        DBAPIError error = connection.wrapError(e, context.sql(), context.parameterSetsInternal());
        if (!listeners.isEmpty()) {
            listeners.fire(listener -> listener.onError(context, error));
        }
        return error;
    }

    private void echo(ExecutionContext context, StatementPlan plan) {
        if (!engine.options().echo() && !LOG.isDebugEnabled()) {
            return;
        }
        String origin = plan == null ? "[raw sql]" : context.cacheHit()
                ? String.format("[cached since %.4gs ago]", (System.nanoTime() - plan.compiledAtNanos()) / 1e9)
                : "[generated]";
        String parameters = engine.options().hideParameters() ? "[SQL parameters hidden]" : context.renderedParameters();
        log("{}\n{} {}", context.sql(), origin, parameters);
    }

    private void log(String format, Object... arguments) {
        if (engine.options().echo()) {
            LOG.info(format, arguments);
        } else {
            LOG.debug(format, arguments);
        }
    }

    private static void closeQuietly(Statement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the statement failed already; its own close error adds nothing
            }
        }
    }
}
