package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.ResourceClosedError;
import dev.athanor.schema.DdlExecutor;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.SchemaBind;
import dev.athanor.sql.Executable;
import dev.athanor.sql.StatementKind;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A pooled database connection, like SQLAlchemy 2.0's {@code Connection}: statements run inside
 * a transaction that begins by itself on first use and ends with {@link #commit()} or
 * {@link #rollback()}; closing the connection rolls back whatever was not committed and returns
 * it to the pool.
 *
 * <pre>{@code
 * try (Connection conn = engine.connect()) {
 *     conn.execute(text("INSERT INTO users (name) VALUES (:name)"), Map.of("name", "Alice"));
 *     conn.commit();
 * }
 * }</pre>
 *
 * <p>A connection is for one thread at a time. When the driver reports that the connection is
 * dead, it is invalidated: removed from the pool, and every further call raises
 * {@link ResourceClosedError}; the next {@code engine.connect()} gets a healthy one.
 */
public final class Connection implements AutoCloseable, SchemaBind {
    private final Engine engine;
    private final java.sql.Connection jdbc;
    private final StatementRunner runner;
    private final Deque<Transaction> transactions = new ArrayDeque<>();
    private final Set<StreamingCursor> openCursors = new LinkedHashSet<>();
    private ExecutionOptions options = ExecutionOptions.DEFAULTS;
    private boolean inTransaction;
    private boolean closed;
    private boolean invalidated;

    Connection(Engine engine, java.sql.Connection jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.runner = new StatementRunner(this, engine);
    }

    /** Runs a statement with the values it carries. */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a statement with named parameter values, which win over values it carries. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        requireOpen();
        return runner.execute(statement, List.of(parameters), options);
    }

    /**
     * Runs a statement with execution options for this statement alone (the connection's own stay
     * as they are): {@code execute(select, Map.of(), ExecutionOptions.yieldPer(1000))} streams it.
     */
    public Result execute(Executable statement, Map<String, ?> parameters, ExecutionOptions statementOptions) {
        requireOpen();
        return runner.execute(statement, List.of(parameters), statementOptions);
    }

    /**
     * Runs a statement once per parameter set as one JDBC batch ("executemany"); the result
     * carries the total row count.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        requireOpen();
        if (parameterSets.isEmpty()) {
            throw new InvalidRequestError("executemany needs at least one parameter set, got an empty list");
        }
        return runner.execute(statement, parameterSets, options);
    }

    /** Runs SQL text without parameters, as sent (DDL and driver commands). */
    public long executeRaw(String sql) {
        return runRaw(sql, StatementKind.ofSql(sql));
    }

    long runRaw(String sql, StatementKind kind) {
        requireOpen();
        return runner.executeRaw(sql, kind);
    }

    /**
     * Runs schema work (such as {@code metadata.createAll(conn)}) on this connection, inside its
     * current transaction: the caller commits.
     */
    @Override
    public void runDdl(Consumer<DdlExecutor> work) {
        requireOpen();
        work.accept(new ConnectionDdlExecutor(this));
    }

    /** Reflection on this connection: it sees this connection's uncommitted DDL. */
    public Inspector inspector() {
        requireOpen();
        return DatabaseInspector.of(this);
    }

    /** Sets how statements run from now on (streaming, yield size); returns this connection. */
    public Connection executionOptions(ExecutionOptions newOptions) {
        this.options = newOptions;
        return this;
    }

    /** The execution options in force. */
    public ExecutionOptions executionOptions() {
        return options;
    }

    /**
     * Begins the outermost transaction explicitly.
     *
     * @throws InvalidRequestError when one is already in progress (use {@link #beginNested()})
     */
    public Transaction begin() {
        requireOpen();
        if (inTransaction) {
            throw new InvalidRequestError("This connection has already begun a transaction; commit() or"
                    + " rollback() it first, or use beginNested() for a SAVEPOINT");
        }
        inTransaction = true;
        Transaction transaction = new Transaction(this, null);
        transactions.push(transaction);
        return transaction;
    }

    /** Begins a SAVEPOINT; rolling it back undoes only what ran since. */
    public Transaction beginNested() {
        requireOpen();
        try {
            Savepoint savepoint = jdbc.setSavepoint();
            inTransaction = true;
            Transaction transaction = new Transaction(this, savepoint);
            transactions.push(transaction);
            return transaction;
        } catch (SQLException e) {
            throw wrapError(e, "SAVEPOINT", List.of());
        }
    }

    /** Commits the transaction in progress (a no-op when there is none). */
    public void commit() {
        requireOpen();
        closeCursors();
        try {
            jdbc.commit();
        } catch (SQLException e) {
            throw wrapError(e, "COMMIT", List.of());
        } finally {
            endTransaction();
        }
    }

    /** Rolls back the transaction in progress (a no-op when there is none). */
    public void rollback() {
        requireOpen();
        closeCursors();
        try {
            jdbc.rollback();
        } catch (SQLException e) {
            throw wrapError(e, "ROLLBACK", List.of());
        } finally {
            endTransaction();
        }
    }

    void releaseSavepoint(Transaction savepoint) {
        requireOpen();
        try {
            jdbc.releaseSavepoint(savepoint.savepoint());
        } catch (SQLException e) {
            throw wrapError(e, "RELEASE SAVEPOINT", List.of());
        } finally {
            popThrough(savepoint);
        }
    }

    void rollbackToSavepoint(Transaction savepoint) {
        requireOpen();
        try {
            jdbc.rollback(savepoint.savepoint());
        } catch (SQLException e) {
            throw wrapError(e, "ROLLBACK TO SAVEPOINT", List.of());
        } finally {
            popThrough(savepoint);
        }
    }

    /** Deactivates the savepoint and every savepoint begun inside it. */
    private void popThrough(Transaction savepoint) {
        while (!transactions.isEmpty()) {
            Transaction top = transactions.pop();
            top.deactivate();
            if (top == savepoint) {
                return;
            }
        }
    }

    private void endTransaction() {
        inTransaction = false;
        transactions.forEach(Transaction::deactivate);
        transactions.clear();
    }

    /** Whether a transaction is in progress (begun explicitly or by a statement). */
    public boolean inTransaction() {
        return inTransaction;
    }

    void markInTransaction() {
        inTransaction = true;
    }

    /** The engine this connection came from. */
    public Engine engine() {
        return engine;
    }

    /** The dialect of the database. */
    public Dialect dialect() {
        return engine.dialect();
    }

    /**
     * The JDBC connection underneath, for libraries that need it (Spring's JdbcTemplate shares it
     * this way). Do not close it or change its auto-commit mode.
     */
    public java.sql.Connection jdbcConnection() {
        requireOpen();
        return jdbc;
    }

    /** Discards the connection: it leaves the pool and this object can no longer be used. */
    public void invalidate() {
        if (closed) {
            return;
        }
        closeCursorsQuietly();
        invalidated = true;
        closed = true;
        endTransaction();
        engine.pool().invalidate(jdbc);
    }

    /** Whether the connection was discarded after a disconnect. */
    public boolean isInvalidated() {
        return invalidated;
    }

    /** Whether the connection was closed or invalidated. */
    public boolean isClosed() {
        return closed;
    }

    /** Rolls back unfinished work and returns the connection to the pool. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            closeCursors();
            if (inTransaction) {
                jdbc.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            invalidate();
            return;
        }
        closed = true;
        endTransaction();
        engine.pool().checkin(jdbc);
    }

    /** Wraps a driver error, invalidating this connection when the error says it is dead. */
    DBAPIError wrapError(SQLException error, String sql, List<Object[]> parameterSets) {
        engine.rejectWriteOnReplica(error, sql);
        boolean dead = engine.dialect().isDisconnect(error);
        if (dead) {
            invalidate();
        }
        String parameters = parameterSets.isEmpty() ? null : engine.options().hideParameters()
                ? "[SQL parameters hidden due to hideParameters=true]" : ParameterFormatter.sets(parameterSets);
        SQLException reported = error.getNextException() != null && error.getSQLState() == null
                ? error.getNextException() : error;
        return engine.dialect().translate(error, new DBAPIError.Details(sql, parameters,
                reported.getSQLState(), reported.getErrorCode(), dead));
    }

    void rememberCursor(StreamingCursor cursor) {
        openCursors.add(cursor);
    }

    void forgetCursor(StreamingCursor cursor) {
        openCursors.remove(cursor);
    }

    private void closeCursors() {
        for (StreamingCursor cursor : new ArrayList<>(openCursors)) {
            cursor.close();
        }
    }

    private void closeCursorsQuietly() {
        try {
            closeCursors();
        } catch (RuntimeException ignored) {
            // the connection is being discarded; a cursor that cannot close goes with it
        }
        openCursors.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new ResourceClosedError(invalidated
                    ? "This connection was invalidated after a disconnect; get a new one from engine.connect()"
                    : "This connection is closed");
        }
    }

    @Override
    public String toString() {
        return "Connection(" + engine + (closed ? ", closed" : "") + ")";
    }
}
