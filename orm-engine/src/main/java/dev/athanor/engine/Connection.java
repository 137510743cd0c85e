package dev.athanor.engine;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.PendingRollbackError;
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
 * dead, it is invalidated, as in SQLAlchemy: the JDBC connection leaves the pool (with every
 * connection the pool lent before it, which most likely died with it), the transaction it was in
 * is lost, and {@link #rollback()} is the one call accepted until that transaction is ended; it
 * sends nothing. The next statement after the rollback runs on a fresh connection from the pool.
 *
 * <p>On an engine in {@code AUTOCOMMIT} isolation ({@link Engine#isAutocommit()}) the driver
 * commits each statement as it runs: {@code commit()}, {@code rollback()} and closing still end
 * the transaction as this class sees it but send nothing (there is nothing to roll back), and
 * {@link #beginNested()} is refused. A streamed query on a database whose driver streams only
 * inside a transaction (PostgreSQL) opens one for itself, committed when its cursor closes;
 * statements run on the connection while it is open are part of it.
 */
public final class Connection implements AutoCloseable, SchemaBind {
    private final Engine engine;
    /** The pooled JDBC connection; {@code null} once invalidated, until the next use checks out another. */
    private java.sql.Connection jdbc;
    private final StatementRunner runner;
    private final Deque<Transaction> transactions = new ArrayDeque<>();
    private final Set<StreamingCursor> openCursors = new LinkedHashSet<>();
    private ExecutionOptions options = ExecutionOptions.DEFAULTS;
    private boolean inTransaction;
    private boolean closed;
    /** Statements sent so far (see {@link #statementCount}). */
    private long statementCount;
    private boolean invalidated;
    /** The disconnect error that invalidated the connection inside a transaction, until rollback. */
    private DBAPIError lostTransaction;
    /** The first error raised in the transaction in progress, named when the database refuses to go on. */
    private DBAPIError transactionError;
    /** Whether a statement other than a query ran here, or reads were kept here: read-only queries stay on it. */
    private boolean readsStayHere;
    /** The replica connection read-only queries use in the transaction in progress, once taken. */
    private Connection replicaSide;
    /** Whether a replica connection was asked for in this transaction (none could serve when it is still null). */
    private boolean replicaSideTaken;

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
        return execute(statement, parameters, options);
    }

    /**
     * Runs a statement with execution options for this statement alone (the connection's own stay
     * as they are): {@code execute(select, Map.of(), ExecutionOptions.yieldPer(1000))} streams it.
     */
    public Result execute(Executable statement, Map<String, ?> parameters, ExecutionOptions statementOptions) {
        requireOpen();
        Connection replica = replicaFor(statement);
        if (replica != null) {
            return replica.execute(statement, parameters, statementOptions);
        }
        noteWrite(statement.kind());
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
        noteWrite(statement.kind());
        return runner.execute(statement, parameterSets, options);
    }

    /** Runs SQL text without parameters, as sent (DDL and driver commands). */
    public long executeRaw(String sql) {
        return runRaw(sql, StatementKind.ofSql(sql));
    }

    long runRaw(String sql, StatementKind kind) {
        requireOpen();
        noteWrite(kind);
        return runner.executeRaw(sql, kind);
    }

    /**
     * The replica connection a {@linkplain ReadOnlyOption read-only} query runs on, or {@code null}
     * to run it here: on a primary with replicas that has not written, the replica connection of
     * this transaction, taken on first use (null when no replica can serve; not asked again until
     * the transaction ends).
     */
    private Connection replicaFor(Executable statement) {
        if (readsStayHere || engine.isReplica() || !ReadOnlyOption.isSet(statement)) {
            return null;
        }
        if (!replicaSideTaken) {
            replicaSideTaken = true;
            replicaSide = engine.connectReplica();
        }
        return replicaSide;
    }

    /** After a statement that may write, this connection's read-only queries stay on it (read-your-writes). */
    private void noteWrite(StatementKind kind) {
        if (kind != StatementKind.SELECT) {
            readsStayHere = true;
        }
    }

    /**
     * Keeps {@linkplain ReadOnlyOption read-only} queries on this connection from now on, as if it
     * had written: for work that must read what was written earlier through another connection
     * (a session that has written does this for the connections it opens later). Returns this
     * connection.
     */
    public Connection keepReadsHere() {
        readsStayHere = true;
        return this;
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

    /**
     * Begins a SAVEPOINT; rolling it back undoes only what ran since.
     *
     * @throws InvalidRequestError on an engine in {@code AUTOCOMMIT} isolation, where there is no
     *     transaction to set a savepoint in
     */
    public Transaction beginNested() {
        requireOpen();
        if (engine.isAutocommit()) {
            throw new InvalidRequestError("A SAVEPOINT needs a database transaction, and this engine's isolation level"
                    + " is AUTOCOMMIT: each statement commits by itself. Use an engine with a transactional isolation"
                    + " level for work that must be undone in part");
        }
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

    /** Commits the transaction in progress (a no-op when there is none, and in {@code AUTOCOMMIT} isolation). */
    public void commit() {
        requireOpen();
        closeCursors();
        try {
            if (!engine.isAutocommit()) { // the PostgreSQL and SQLite drivers refuse commit() in auto-commit mode
                jdbc.commit();
            }
        } catch (SQLException e) {
            throw wrapError(e, "COMMIT", List.of());
        } finally {
            endTransaction();
        }
    }

    /**
     * Rolls back the transaction in progress (a no-op when there is none). On an invalidated
     * connection it sends nothing, ends the lost transaction and lets the next use reconnect.
     */
    public void rollback() {
        requireNotClosed();
        if (jdbc == null) {
            lostTransaction = null;
            endTransaction();
            return;
        }
        closeCursors();
        try {
            if (!engine.isAutocommit()) { // nothing to undo: each statement committed as it ran
                jdbc.rollback();
            }
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
        requireNotClosed();
        if (jdbc == null) {
            popThrough(savepoint); // the savepoint died with the connection; the outer transaction still needs rollback()
            return;
        }
        try {
            jdbc.rollback(savepoint.savepoint());
            transactionError = null; // the statements after the savepoint, the failed one too, are undone
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
        transactionError = null;
        transactions.forEach(Transaction::deactivate);
        transactions.clear();
        releaseReplicaSide();
    }

    /** Returns the replica connection of the ended transaction (its reads end with the transaction). */
    private void releaseReplicaSide() {
        Connection side = replicaSide;
        replicaSide = null;
        replicaSideTaken = false;
        if (side != null) {
            side.close();
        }
    }

    /**
     * Commits the transaction in progress, then runs {@code work} with the driver in auto-commit
     * mode, each statement committing by itself (SQLAlchemy's {@code AUTOCOMMIT} isolation), for
     * statements a database refuses inside a transaction, such as PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}. Transactions behave as before once it returns.
     */
    public void autocommit(Runnable work) {
        commit();
        if (engine.isAutocommit()) { // the connection is in auto-commit mode already
            try {
                work.run();
            } finally {
                endTransaction();
            }
            return;
        }
        try {
            jdbc.setAutoCommit(true);
        } catch (SQLException e) {
            throw wrapError(e, "SET AUTOCOMMIT", List.of());
        }
        try {
            work.run();
        } finally {
            try {
                jdbc.setAutoCommit(false);
            } catch (SQLException e) {
                throw wrapError(e, "SET AUTOCOMMIT", List.of());
            } finally {
                endTransaction();
            }
        }
    }

    /**
     * Asks the database to stop the statement this connection is executing, from another thread
     * ({@code java.sql.Statement.cancel}): the executing thread gets the driver's error, and the
     * transaction should then be rolled back. Returns {@code false} when no statement is executing.
     * This is the one method of a connection that another thread may call while it is in use.
     */
    public boolean cancel() {
        return !closed && runner.cancel();
    }

    /**
     * How many statements this connection has sent since it was opened, a batch counting once, as
     * execution listeners see them ({@code Session.stats()} counts a session's statements with it).
     */
    public long statementCount() {
        return statementCount;
    }

    /** Called by the statement runner as it sends a statement. */
    void countStatement() {
        statementCount++;
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
     * The URL the driver reports for this connection's database, in JDBC form
     * ({@code jdbc:sqlite:/srv/app.db}, {@code jdbc:h2:mem:athanor_…}): what tells two engines on one
     * database apart when the database has no server-side lock to ask.
     */
    public String databaseUrl() {
        try {
            return jdbcConnection().getMetaData().getURL();
        } catch (SQLException e) {
            throw wrapError(e, "DatabaseMetaData.getURL()", List.of());
        }
    }

    /**
     * The JDBC connection underneath, for libraries that need it (Spring's JdbcTemplate shares it
     * this way). Do not close it or change its auto-commit mode.
     */
    public java.sql.Connection jdbcConnection() {
        requireOpen();
        return jdbc;
    }

    /**
     * Discards the JDBC connection underneath: it leaves the pool, the transaction in progress is
     * lost (call {@link #rollback()} to end it), and the next use checks out a fresh connection.
     */
    public void invalidate() {
        if (closed || jdbc == null) {
            return;
        }
        closeCursorsQuietly();
        invalidated = true;
        java.sql.Connection dead = jdbc;
        jdbc = null;
        engine.pool().invalidate(dead);
    }

    /**
     * Whether the JDBC connection was discarded (after a disconnect or {@link #invalidate()}) and no
     * fresh one has been checked out yet.
     */
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
        if (jdbc == null) {
            closed = true;
            lostTransaction = null;
            endTransaction();
            return;
        }
        try {
            closeCursors();
            if (inTransaction && !engine.isAutocommit()) {
                jdbc.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            invalidate();
            closed = true;
            endTransaction();
            return;
        }
        closed = true;
        endTransaction();
        engine.checkin(jdbc);
    }

    /** Wraps a driver error, invalidating this connection when the error says it is dead. */
    DBAPIError wrapError(SQLException error, String sql, List<Object[]> parameterSets) {
        engine.rejectWriteOnReplica(error, sql);
        boolean dead = engine.dialect().isDisconnect(error) && jdbc != null;
        if (dead) {
            invalidate();
            engine.pool().softInvalidateAll();
        }
        String parameters = parameterSets.isEmpty() ? null : engine.options().hideParameters()
                ? "[SQL parameters hidden due to hideParameters=true]" : ParameterFormatter.sets(parameterSets);
        SQLException reported = error.getNextException() != null && error.getSQLState() == null
                ? error.getNextException() : error;
        DBAPIError.Details details = new DBAPIError.Details(sql, parameters, reported.getSQLState(),
                reported.getErrorCode(), dead);
        boolean aborted = !dead && engine.dialect().isTransactionAborted(error);
        String hint = aborted ? ErrorHints.abortedTransaction(transactionError)
                : dead ? ErrorHints.unanswered(error, engine.options().statementTimeout()) : null;
        if (hint != null) {
            details = details.withHint(hint);
        }
        DBAPIError wrapped = engine.dialect().translate(error, details);
        if (aborted && transactionError != null) {
            wrapped.addSuppressed(transactionError);
        } else if (transactionError == null) {
            transactionError = wrapped;
        }
        if (dead) {
            lostTransaction = wrapped; // the statement began a transaction that died with the connection
            inTransaction = true;
        }
        return wrapped;
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

    /** Refuses a closed connection; on an invalidated one, checks out a fresh JDBC connection. */
    private void requireOpen() {
        requireNotClosed();
        if (jdbc != null) {
            return;
        }
        if (inTransaction) {
            throw new PendingRollbackError("This connection was invalidated inside a transaction, whose uncommitted"
                    + " work is lost; call rollback() before using it again"
                    + (lostTransaction == null ? "" : ". Original exception was: " + lostTransaction.getMessage()),
                    lostTransaction);
        }
        jdbc = engine.checkout();
        invalidated = false;
    }

    private void requireNotClosed() {
        if (closed) {
            throw new ResourceClosedError("This connection is closed; get a new one from engine.connect()");
        }
    }

    @Override
    public String toString() {
        return "Connection(" + engine + (closed ? ", closed" : "") + ")";
    }
}
