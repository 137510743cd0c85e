package dev.athanor.asyncio;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionOptions;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.engine.Url;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.ArgumentError;
import dev.athanor.pool.PoolOptions;
import dev.athanor.sql.Executable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * An {@link Engine} for async code, like SQLAlchemy's {@code AsyncEngine}: every method that does
 * I/O returns a {@link CompletableFuture} and never blocks the calling thread.
 *
 * <pre>{@code
 * AsyncEngine engine = Athanor.createAsyncEngine("postgresql://scott:tiger@localhost/mydb", options);
 * engine.transaction(conn -> conn.runSync(c -> { metadata.createAll(c); return null; })).join();
 * }</pre>
 *
 * <p>How it runs: SQLAlchemy runs its synchronous core on greenlets over an async driver; Athanor
 * runs its synchronous core — compile cache, pool, {@link Connection}, and for sessions the
 * identity map, unit of work and loaders — unchanged on this engine's executor over JDBC. On JDK
 * 21+ each operation gets a virtual thread; on JDK 17-20 a pool of daemon platform threads as
 * large as the connection pool runs them. Operations waiting for a connection wait in a queue of
 * connection slots, not on a thread, so thousands of pending operations stay a handful of
 * threads. Callbacks chained with {@code thenApply}/{@code thenAccept} run on these threads: do
 * not block in them (use the {@code …Async} variants with an executor of your own for that).
 *
 * <p>{@link #of(Engine)} puts this API over an engine that also serves synchronous code (one pool
 * for both); {@code engine.async()} is not offered because the {@code engine} layer cannot know
 * this package, which sits above {@code orm}.
 */
public final class AsyncEngine implements AutoCloseable {
    private final Engine engine;
    private final boolean owned;
    private final EngineExecutor executor;
    private final ConnectionSlots slots;
    private final ListenerRegistry.Registration cancelListener;

    private AsyncEngine(Engine engine, boolean owned) {
        this.engine = engine;
        this.owned = owned;
        int connections = engine.poolStatus().max();
        if (connections == Integer.MAX_VALUE) {
            connections = PoolOptions.DEFAULTS.maxConnections(); // an unbounded pool: bound the threads anyway
        }
        this.slots = new ConnectionSlots(connections, engine.options().pool().timeout());
        this.executor = new EngineExecutor(EngineExecutor.threadName(engine), connections);
        this.cancelListener = engine.addExecutionListener(new CancelListener());
    }

    /** An async engine of its own for a URL; {@link #close()} disposes its pool. */
    public static AsyncEngine create(String url, EngineOptions options) {
        return new AsyncEngine(Engine.create(Url.parse(url), options), true);
    }

    /**
     * Async access to an existing engine, sharing its pool with the synchronous code that uses it;
     * {@link #close()} stops this façade's threads and leaves the engine to its owner.
     */
    public static AsyncEngine of(Engine engine) {
        if (engine == null) {
            throw new ArgumentError("AsyncEngine.of needs an engine, got null");
        }
        return new AsyncEngine(engine, false);
    }

    /** A connection from the pool ({@code async with engine.connect() as conn}); close it to give it back. */
    public CompletableFuture<AsyncConnection> connect() {
        return slots.acquire().thenApplyAsync(ignored -> {
            try {
                return new AsyncConnection(this, engine.connect());
            } catch (RuntimeException | Error e) {
                slots.release();
                throw e;
            }
        }, executor);
    }

    /**
     * Runs {@code work} in a transaction, like {@code async with engine.begin() as conn}: commits
     * when its future completes, rolls back when it fails, and closes the connection either way.
     *
     * <pre>{@code
     * engine.transaction(conn -> conn.execute(insert(users), rows));
     * }</pre>
     */
    public <R> CompletableFuture<R> transaction(Function<AsyncConnection, ? extends CompletionStage<R>> work) {
        // closing rolls back what was not committed, so a failed work needs no rollback of its own
        return connect().thenCompose(connection -> Futures.using(connection.begin().thenCompose(transaction ->
                Futures.<R>call(() -> work.apply(connection))
                        .thenCompose(result -> transaction.commit().thenApply(ignored -> result))),
                connection::close));
    }

    /**
     * The rows of a statement as a {@link Flow.Publisher} on a connection of its own, fetched
     * {@code yieldPer} at a time from a server-side cursor as the subscriber requests them; the
     * cursor is closed and the connection returned when the stream completes, fails or is cancelled.
     * Use it from Reactor with {@code JdkFlowAdapter.flowPublisherToFlux}.
     */
    public Flow.Publisher<Row> stream(Executable statement, int yieldPer) {
        Futures.checkYieldPer(yieldPer);
        OperationRunner runner = new OperationRunner(executor, slots, "AsyncEngine stream", false, null);
        return new StreamPublisher<>(runner, "stream()", Operation.Kind.SCOPED, () -> {
            Connection connection = engine.connect();
            try {
                Result result = connection.execute(statement, Map.of(), ExecutionOptions.yieldPer(yieldPer));
                return StreamPublisher.cursor(result.iterator(), () -> {
                    try {
                        result.close();
                    } finally {
                        connection.close();
                    }
                });
            } catch (RuntimeException | Error e) {
                connection.close();
                throw e;
            }
        });
    }

    /** The synchronous engine underneath (SQLAlchemy's {@code sync_engine}). */
    public Engine syncEngine() {
        return engine;
    }

    /** Whether operations run on virtual threads (JDK 21+) rather than the bounded platform pool. */
    public boolean usesVirtualThreads() {
        return executor.isVirtual();
    }

    /** Connection slots held by async sessions and connections now. */
    public int slotsInUse() {
        return slots.inUse();
    }

    EngineExecutor executor() {
        return executor;
    }

    ConnectionSlots slots() {
        return slots;
    }

    /**
     * Stops this engine's threads (operations already queued still run) and, for an engine made by
     * {@link #create}, disposes its pool. An engine given to {@link #of} stays open.
     */
    @Override
    public void close() {
        executor.shutdown();
        cancelListener.close();
        if (owned) {
            engine.dispose();
        }
    }

    @Override
    public String toString() {
        return "AsyncEngine(" + engine + ")";
    }
}
