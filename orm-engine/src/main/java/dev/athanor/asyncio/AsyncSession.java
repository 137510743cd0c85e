package dev.athanor.asyncio;

import dev.athanor.engine.Result;
import dev.athanor.orm.EntityResult;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionStats;
import dev.athanor.orm.StreamedResult;
import dev.athanor.orm.SynchronizeSession;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link Session} for async code, like SQLAlchemy's {@code AsyncSession}: the same unit of work,
 * identity map and loaders, run on the engine's executor, with every method that may do I/O
 * returning a {@link CompletableFuture}; {@link #add} and the other in-memory methods stay plain.
 *
 * <pre>{@code
 * sessions.withSession(session -> {
 *     session.addAll(List.of(new Item("alpha"), new Item("beta")));
 *     return session.commit()
 *             .thenCompose(ignored -> session.<Item>scalars(select(Item.class).orderBy(Item_.name)));
 * }).thenAccept(items -> items.forEach(item -> System.out.println(item.getId() + " " + item.getName())));
 * }</pre>
 *
 * <p><b>One operation at a time.</b> A call made while another operation is in flight fails with
 * an {@code InvalidRequestError} naming both, as SQLAlchemy's {@code AsyncSession} refuses
 * concurrent use: chain calls with {@code thenCompose}, and use one session per concurrent task.
 *
 * <p><b>No lazy loading.</b> Touching an unloaded relationship (or an expired or deferred column)
 * of an object this session loaded raises {@link dev.athanor.exc.LazyLoadError} at once instead
 * of blocking the calling thread on I/O: load it with the query ({@code selectinLoad},
 * {@code joinedLoad}), or ask for it with {@link #refresh(Object, String...)} or the awaitable
 * accessor {@link #load(Object, Function)}. Code given to {@link #runSync} may lazy-load freely:
 * it runs on the executor.
 *
 * <p><b>Cancellation.</b> Cancelling the future of a running operation (or letting its
 * {@code orTimeout} run out) cancels the statement it is running ({@code Statement.cancel}), rolls
 * the session's transaction back so the connection returns to the pool, and leaves the session
 * needing {@link #rollback()}: until then other operations fail with
 * {@code PendingRollbackError}. A cancel that arrives after the database committed cannot undo it.
 */
public final class AsyncSession {
    private final AsyncSessionFactory factory;
    private final OperationRunner runner;
    private final Session session;

    AsyncSession(AsyncSessionFactory factory) {
        this.factory = factory;
        AsyncEngine engine = factory.engine();
        this.runner = new OperationRunner(engine.executor(), engine.slots(), "AsyncSession", false,
                this::rollbackAfterCancel);
        this.session = factory.syncFactory().open(new AsyncLoadGuard(runner));
    }

    private void rollbackAfterCancel() {
        session.rollback();
    }

    // ---- in memory: no I/O ------------------------------------------------------------------------

    /** Adds a transient object, pending until the next flush. */
    public void add(Object object) {
        inMemory("add()", () -> session.add(object));
    }

    /** Adds each object. */
    public void addAll(Collection<?> objects) {
        inMemory("addAll()", () -> session.addAll(objects));
    }

    /** Removes the object from the session. */
    public void expunge(Object object) {
        inMemory("expunge()", () -> session.expunge(object));
    }

    /** Removes every object from the session. */
    public void expungeAll() {
        inMemory("expungeAll()", session::expungeAll);
    }

    /** Marks the object expired: its attributes must be refreshed before use ({@link #refresh(Object)}). */
    public void expire(Object object) {
        inMemory("expire()", () -> session.expire(object));
    }

    /** Expires every object of the session. */
    public void expireAll() {
        inMemory("expireAll()", session::expireAll);
    }

    /** Whether the object is pending or persistent in this session. */
    public boolean contains(Object object) {
        return session.contains(object);
    }

    /** Statements sent and lazy loads so far (the N+1 signal). */
    public SessionStats stats() {
        return session.stats();
    }

    private void inMemory(String name, Runnable work) {
        runner.checkIdle(name);
        work.run();
    }

    // ---- queries ----------------------------------------------------------------------------------

    /** The object with this primary key, from the identity map or loaded; {@code null} when no row. */
    public <T> CompletableFuture<T> get(Class<T> entityClass, Object id) {
        return work("get()", () -> session.get(entityClass, id));
    }

    /** Like {@link #get} but fails with {@code NoResultFound} when there is no row. */
    public <T> CompletableFuture<T> getOne(Class<T> entityClass, Object id) {
        return work("getOne()", () -> session.getOne(entityClass, id));
    }

    /** Runs a statement after an autoflush; rows are read before the future completes. */
    public CompletableFuture<Result> execute(Executable statement) {
        return work("execute()", () -> session.execute(statement));
    }

    /** Runs a statement with parameters after an autoflush. */
    public CompletableFuture<Result> execute(Executable statement, Map<String, ?> parameters) {
        return work("execute()", () -> session.execute(statement, parameters));
    }

    /** Runs an ORM-enabled UPDATE or DELETE, keeping the session's objects in step as {@code sync} says. */
    public CompletableFuture<Result> execute(Executable statement, SynchronizeSession sync) {
        return work("execute()", () -> session.execute(statement, sync));
    }

    /** Runs a statement once per parameter set (a bulk insert with {@code insert(User.class)}). */
    public CompletableFuture<Result> execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return work("execute()", () -> session.execute(statement, parameterSets));
    }

    /** The first item of each row, entities through the identity map: {@code await session.scalars(select(...))}. */
    public <T> CompletableFuture<EntityResult<T>> scalars(Select select) {
        return work("scalars()", () -> session.scalars(select));
    }

    /** {@link #scalars(Select)} of a select that carries its element type: no type witness needed. */
    public <T> CompletableFuture<EntityResult<T>> scalars(TypedSelect<T> select) {
        return this.<T>scalars((Select) select);
    }

    /** Every row as a list of its items, entities through the identity map: {@code select(User.class, Address.class)}. */
    public CompletableFuture<EntityResult<List<Object>>> rows(Select select) {
        return work("rows()", () -> session.rows(select));
    }

    /** The first item of the first row, or {@code null}. */
    public <T> CompletableFuture<T> scalar(Select select) {
        return work("scalar()", () -> session.scalar(select));
    }

    /** {@link #scalar(Select)} of a select that carries its element type. */
    public <T> CompletableFuture<T> scalar(TypedSelect<T> select) {
        return this.<T>scalar((Select) select);
    }

    /**
     * The first item of each row as a {@link Flow.Publisher}, read {@code yieldPer} rows at a time
     * from a server-side cursor as the subscriber requests them (SQLAlchemy's {@code stream_scalars}).
     * The session lets go of objects once their partition has been passed, as
     * {@link Session#stream} does; the stream is this session's operation until it completes,
     * fails or is cancelled, which closes the cursor (the connection stays in the session's
     * transaction until commit, rollback or close).
     */
    public <T> Flow.Publisher<T> stream(Select select, int yieldPer) {
        Futures.checkYieldPer(yieldPer);
        return new StreamPublisher<>(runner, "stream()", Operation.Kind.WORK, () -> {
            StreamedResult<T> result = session.stream(select, yieldPer);
            return StreamPublisher.cursor(result.iterator(), result::close);
        });
    }

    /** {@link #stream(Select, int)} of a select that carries its element type. */
    public <T> Flow.Publisher<T> stream(TypedSelect<T> select, int yieldPer) {
        return this.<T>stream((Select) select, yieldPer);
    }

    // ---- objects ----------------------------------------------------------------------------------

    /** Reloads every column of a persistent object from the database. */
    public CompletableFuture<Void> refresh(Object object) {
        return work("refresh()", () -> {
            session.refresh(object);
            return null;
        });
    }

    /**
     * Reloads the named attributes, columns or relationships, as SQLAlchemy's
     * {@code await session.refresh(author, ["books"])}: afterwards {@code author.getBooks()} works
     * without I/O.
     */
    public CompletableFuture<Void> refresh(Object object, String... attributes) {
        return work("refresh()", () -> {
            session.refresh(object, attributes);
            return null;
        });
    }

    /**
     * The awaitable accessor, as SQLAlchemy's {@code await author.awaitable_attrs.books}: calls
     * {@code getter} on the executor, where touching an unloaded relationship loads it, and
     * completes with what it returns; nothing is sent when it is loaded already.
     *
     * <pre>{@code
     * session.load(author, Author::getBooks).thenAccept(books -> …)
     * }</pre>
     */
    public <E, R> CompletableFuture<R> load(E object, Function<? super E, R> getter) {
        return work("load()", () -> getter.apply(object));
    }

    /** Copies a detached or transient object's state onto the persistent instance, which the future gives. */
    public <T> CompletableFuture<T> merge(T object) {
        return work("merge()", () -> session.merge(object));
    }

    /** Marks a persistent object for deletion at the next flush. */
    public CompletableFuture<Void> delete(Object object) {
        return work("delete()", () -> {
            session.delete(object);
            return null;
        });
    }

    /**
     * Runs synchronous code with the {@link Session}, as SQLAlchemy's {@code run_sync}: on the
     * executor, where lazy loading works. The code must not keep the session for later.
     */
    public <R> CompletableFuture<R> runSync(Function<Session, R> work) {
        return work("runSync()", () -> work.apply(session));
    }

    /**
     * Runs synchronous code that returns nothing with the {@link Session}:
     * {@code session.runSyncWithoutResult(s -> s.add(author))}; see
     * {@link AsyncConnection#runSyncWithoutResult} for why it has its own name.
     */
    public CompletableFuture<Void> runSyncWithoutResult(Consumer<Session> work) {
        return runSync(s -> {
            work.accept(s);
            return null;
        });
    }

    // ---- transactions -----------------------------------------------------------------------------

    /** Writes pending changes inside the current transaction. */
    public CompletableFuture<Void> flush() {
        return work("flush()", () -> {
            session.flush();
            return null;
        });
    }

    /** Begins the transaction explicitly (it also begins by itself on first use). */
    public CompletableFuture<Void> begin() {
        return work("begin()", () -> {
            session.begin();
            return null;
        });
    }

    /** Flushes and commits; the connection goes back to the pool. */
    public CompletableFuture<Void> commit() {
        return runner.submit("commit()", Operation.Kind.COMMIT, () -> {
            session.commit();
            return null;
        });
    }

    /** Rolls back, in the database and in the session; also what a cancelled operation needs. */
    public CompletableFuture<Void> rollback() {
        return runner.submit("rollback()", Operation.Kind.ROLLBACK, () -> {
            session.rollback();
            return null;
        });
    }

    /**
     * Runs {@code work} in a transaction, like {@code async with session.begin()}: commits when its
     * future completes, rolls back when it fails.
     */
    public <R> CompletableFuture<R> transaction(Function<AsyncSession, ? extends CompletionStage<R>> work) {
        return begin().thenCompose(ignored -> Futures.<R>call(() -> work.apply(this)))
                .thenCompose(result -> commit().thenApply(ignored -> result))
                .handle((result, error) -> error == null ? CompletableFuture.completedFuture(result)
                        : rollback().<R>handle((ok, rollbackError) -> {
                            Throwable failure = OperationRunner.unwrap(error);
                            if (rollbackError != null) {
                                failure.addSuppressed(OperationRunner.unwrap(rollbackError));
                            }
                            throw new CompletionException(failure);
                        }))
                .thenCompose(outcome -> outcome);
    }

    /** Rolls back what was not committed, detaches every object and returns the connection; twice does nothing. */
    public CompletableFuture<Void> close() {
        if (runner.isClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        return runner.submit("close()", Operation.Kind.CLOSE, () -> {
            session.close();
            return null;
        });
    }

    /** Whether {@link #close()} has completed. */
    public boolean isClosed() {
        return runner.isClosed();
    }

    /** The factory this session came from. */
    public AsyncSessionFactory factory() {
        return factory;
    }

    private <R> CompletableFuture<R> work(String name, Supplier<R> work) {
        return runner.submit(name, Operation.Kind.WORK, work);
    }

    @Override
    public String toString() {
        return "AsyncSession(" + factory.engine() + (isClosed() ? ", closed" : "") + ")";
    }
}
