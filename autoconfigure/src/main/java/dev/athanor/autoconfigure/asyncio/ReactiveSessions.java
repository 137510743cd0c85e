package dev.athanor.autoconfigure.asyncio;

import dev.athanor.asyncio.AsyncSession;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.Select;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

/**
 * The {@link AsyncSession} of the running reactive transaction, for WebFlux services: the reactive
 * counterpart of the shared {@code Session} servlet code injects.
 *
 * <pre>{@code
 * @Transactional
 * public Mono<Note> create(String title) {
 *     Note note = new Note(title);
 *     return sessions.run(session -> {
 *         session.add(note);
 *         return session.flush().thenApply(ignored -> note);
 *     });
 * }
 *
 * @Transactional(readOnly = true)
 * public Flux<Note> all() {
 *     return sessions.<EntityResult<Note>>run(session -> session.scalars(select(Note.class)))
 *             .flatMapIterable(EntityResult::all);
 * }
 * }</pre>
 *
 * <p>Why not an injectable {@code AsyncSession} proxy, as the servlet side has: a servlet
 * transaction lives on a thread, so a proxy can look its session up at each call; a reactive
 * transaction lives in the Reactor <em>subscriber context</em>, which a method returning a
 * {@code CompletableFuture} cannot read when it is called. The session is therefore reached
 * through {@link #current()} (or {@link #run}/{@link #stream}, built on it), a {@link Mono} that
 * reads the transaction context when it is subscribed, inside the pipeline that
 * {@code @Transactional} or {@code TransactionalOperator} wrapped.
 *
 * <p>The session runs one operation at a time (see {@link AsyncSession}): chain its calls inside
 * one {@code run}, or with {@code concatMap}, not in parallel with {@code flatMap}. The session
 * belongs to the transaction manager, which commits and closes it; do not close it yourself.
 */
public final class ReactiveSessions {
    private final AsyncSessionFactory factory;

    /** The sessions bound for {@code factory} by {@link AthanorReactiveTransactionManager}. */
    public ReactiveSessions(AsyncSessionFactory factory) {
        this.factory = factory;
    }

    /**
     * The session of the transaction this {@code Mono} is subscribed in; an
     * {@link InvalidRequestError} that says how to open one when there is none.
     */
    public Mono<AsyncSession> current() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .onErrorMap(NoTransactionException.class, e -> noSession())
                .flatMap(synchronization -> {
                    AsyncSessionHolder holder = (AsyncSessionHolder) synchronization.getResource(factory);
                    return holder == null ? Mono.error(noSession()) : Mono.just(holder.session());
                });
    }

    /** Runs {@code work} with the transaction's session; the {@code Mono} completes with its future. */
    public <T> Mono<T> run(Function<AsyncSession, ? extends CompletionStage<T>> work) {
        return current().flatMap(session -> Mono.fromCompletionStage(work.apply(session)));
    }

    /**
     * The first item of each row of {@code select}, fetched {@code yieldPer} rows at a time as the
     * subscriber requests them ({@link AsyncSession#stream}); cancelling closes the cursor.
     */
    public <T> Flux<T> stream(Select select, int yieldPer) {
        return current().flatMapMany(session -> JdkFlowAdapter.flowPublisherToFlux(session.<T>stream(select, yieldPer)));
    }

    /** The factory whose sessions these are. */
    public AsyncSessionFactory factory() {
        return factory;
    }

    private static InvalidRequestError noSession() {
        return new InvalidRequestError("No Athanor AsyncSession is bound to this reactive pipeline: subscribe to it"
                + " from a @Transactional method returning Mono or Flux, or wrap it with"
                + " TransactionalOperator.transactional(...); outside a transaction use"
                + " AsyncSessionFactory.withSession(...), which opens and closes a session of its own");
    }
}
