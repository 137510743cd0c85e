package dev.athanor.asyncio;

import dev.athanor.engine.Connection;
import dev.athanor.engine.ExecutionOptions;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.engine.ScalarResult;
import dev.athanor.sql.Executable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A pooled connection for async code, like SQLAlchemy's {@code AsyncConnection}: the same
 * {@link Connection} run on the engine's executor, every I/O method returning a
 * {@link CompletableFuture}. Results are read completely before their future completes; use
 * {@link #stream} for results too large to hold.
 *
 * <pre>{@code
 * engine.connect().thenCompose(conn -> conn.execute(select(USERS))
 *         .thenCompose(result -> conn.commit().thenApply(ignored -> result.all()))
 *         .whenComplete((rows, error) -> conn.close()));
 * }</pre>
 *
 * <p>One operation at a time: a call while another is in flight fails with an
 * {@code InvalidRequestError}. Cancelling a future ({@code cancel}, or {@code orTimeout} running
 * out) cancels the statement it is running; the connection then needs {@link #rollback()}.
 * {@link #close()} rolls back what was not committed and returns the connection to the pool.
 */
public final class AsyncConnection {
    private final AsyncEngine engine;
    private final Connection connection;
    private final OperationRunner runner;

    AsyncConnection(AsyncEngine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
        this.runner = new OperationRunner(engine.executor(), engine.slots(), "AsyncConnection", true, null);
    }

    /** Begins the transaction explicitly; end it with the returned transaction's commit or rollback. */
    public CompletableFuture<AsyncTransaction> begin() {
        return runner.submit("begin()", Operation.Kind.WORK, () -> new AsyncTransaction(this, connection.begin()));
    }

    /** Runs a statement with the values it carries. */
    public CompletableFuture<Result> execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a statement with named parameter values. */
    public CompletableFuture<Result> execute(Executable statement, Map<String, ?> parameters) {
        return runner.submit("execute()", Operation.Kind.WORK,
                () -> connection.execute(statement, parameters, ExecutionOptions.DEFAULTS));
    }

    /** Runs a statement once per parameter set as one JDBC batch ("executemany"). */
    public CompletableFuture<Result> execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return runner.submit("execute()", Operation.Kind.WORK, () -> connection.execute(statement, parameterSets));
    }

    /** The first column of every row. */
    public <T> CompletableFuture<ScalarResult<T>> scalars(Executable statement) {
        return runner.submit("scalars()", Operation.Kind.WORK,
                () -> connection.execute(statement, Map.of(), ExecutionOptions.DEFAULTS).scalars());
    }

    /** The first column of the first row, or {@code null}. */
    public <T> CompletableFuture<T> scalar(Executable statement) {
        return runner.submit("scalar()", Operation.Kind.WORK,
                () -> connection.execute(statement, Map.of(), ExecutionOptions.DEFAULTS).scalar());
    }

    /**
     * The rows as a {@link Flow.Publisher}, fetched {@code yieldPer} at a time from a server-side
     * cursor as they are requested; the cursor closes when the stream completes, fails or is
     * cancelled, and the connection stays open (and in its transaction) for more work.
     */
    public Flow.Publisher<Row> stream(Executable statement, int yieldPer) {
        Futures.checkYieldPer(yieldPer);
        return new StreamPublisher<>(runner, "stream()", Operation.Kind.WORK, () -> {
            Result result = connection.execute(statement, Map.of(), ExecutionOptions.yieldPer(yieldPer));
            return StreamPublisher.cursor(result.iterator(), result::close);
        });
    }

    /**
     * Runs synchronous code with the {@link Connection} and gives its result, as SQLAlchemy's
     * {@code run_sync}: {@code conn.runSync(c -> c.execute(stmt).scalar())}. The code runs on the
     * executor and may block; it must not keep the connection. For code that returns nothing use
     * {@link #runSyncWithoutResult}.
     */
    public <R> CompletableFuture<R> runSync(Function<Connection, R> work) {
        return runner.submit("runSync()", Operation.Kind.WORK, () -> work.apply(connection));
    }

    /**
     * Runs synchronous code that returns nothing with the {@link Connection}:
     * {@code conn.runSyncWithoutResult(metadata::createAll)} is SQLAlchemy's
     * {@code await conn.run_sync(metadata.create_all)}. A second name rather than a {@code runSync}
     * overload, because an expression lambda such as {@code c -> metadata.createAll(c)} would fit
     * both and not compile ({@code Engine.transactionWithoutResult} is named the same way).
     */
    public CompletableFuture<Void> runSyncWithoutResult(Consumer<Connection> work) {
        return runSync(c -> {
            work.accept(c);
            return null;
        });
    }

    /** Commits the transaction in progress. */
    public CompletableFuture<Void> commit() {
        return runner.submit("commit()", Operation.Kind.WORK, () -> {
            connection.commit();
            return null;
        });
    }

    /** Rolls back the transaction in progress, also after a cancelled statement. */
    public CompletableFuture<Void> rollback() {
        return runner.submit("rollback()", Operation.Kind.ROLLBACK, () -> {
            connection.rollback();
            return null;
        });
    }

    /** Rolls back what was not committed and returns the connection to the pool; closing twice does nothing. */
    public CompletableFuture<Void> close() {
        if (runner.isClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        return runner.submit("close()", Operation.Kind.CLOSE, () -> {
            connection.close();
            return null;
        });
    }

    /** Runs a step of a transaction of this connection as an operation. */
    CompletableFuture<Void> run(String name, Operation.Kind kind, Runnable work) {
        return runner.submit(name, kind, () -> {
            work.run();
            return null;
        });
    }

    /** The engine this connection came from. */
    public AsyncEngine engine() {
        return engine;
    }

    /** Whether {@link #close()} has completed. */
    public boolean isClosed() {
        return runner.isClosed();
    }

    @Override
    public String toString() {
        return "AsyncConnection(" + connection + ")";
    }
}
