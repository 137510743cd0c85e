package dev.athanor.autoconfigure.asyncio;

import dev.athanor.asyncio.AsyncSession;
import dev.athanor.asyncio.AsyncSessionFactory;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.reactive.AbstractReactiveTransactionManager;
import org.springframework.transaction.reactive.GenericReactiveTransaction;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Runs reactive Spring transactions on {@link AsyncSession}s: {@code @Transactional} methods that
 * return {@code Mono} or {@code Flux}, and {@code TransactionalOperator}. Each transaction opens
 * its own session, binds it in the Reactor transaction context (where {@link ReactiveSessions}
 * finds it), commits when the reactive pipeline completes, rolls back when it fails or is
 * cancelled, and closes the session afterwards, which returns its connection to the pool.
 *
 * <p>A {@code readOnly} transaction makes the connection read-only and never flushes (the
 * session's autoflush is off), and ends in a rollback. An isolation level is set on the
 * connection for the transaction. {@code REQUIRES_NEW} suspends the current session and opens
 * another; {@code NESTED} is not supported (Spring refuses it before this manager is asked). For a
 * deadline use Reactor's {@code timeout(...)}: cancelling the pipeline cancels the running statement
 * and the transaction rolls back.
 * Nothing here blocks the subscribing thread: every step is an {@link AsyncSession} future run on
 * the {@link dev.athanor.asyncio.AsyncEngine}'s executor.
 */
public class AthanorReactiveTransactionManager extends AbstractReactiveTransactionManager {
    private final AsyncSessionFactory factory;

    /** A transaction manager for the factory's async sessions. */
    public AthanorReactiveTransactionManager(AsyncSessionFactory factory) {
        this.factory = factory;
    }

    /** The factory sessions come from; also the key they are bound under in the transaction context. */
    public AsyncSessionFactory getSessionFactory() {
        return factory;
    }

    @Override
    protected Object doGetTransaction(TransactionSynchronizationManager synchronization) {
        ReactiveTransaction transaction = new ReactiveTransaction();
        transaction.holder = (AsyncSessionHolder) synchronization.getResource(factory);
        return transaction;
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        AsyncSessionHolder holder = ((ReactiveTransaction) transaction).holder;
        return holder != null && holder.isTransactionActive();
    }

    @Override
    protected Mono<Void> doBegin(TransactionSynchronizationManager synchronization, Object transaction,
                                 TransactionDefinition definition) {
        ReactiveTransaction tx = (ReactiveTransaction) transaction;
        return Mono.defer(() -> {
            AsyncSession session = factory.open();
            tx.holder = new AsyncSessionHolder(session);
            tx.readOnly = definition.isReadOnly();
            // the connection is taken and prepared on the executor, where JDBC may block
            return future(() -> session.<Void>runSync(sync -> {
                if (tx.readOnly) {
                    // a query must not autoflush an UPDATE onto the read-only connection
                    sync.setAutoflush(false);
                }
                sync.withConnection(connection -> prepare(connection.jdbcConnection(), definition));
                return null;
            })).then(Mono.<Void>fromRunnable(() -> {
                tx.holder.setSynchronizedWithTransaction(true);
                tx.holder.setTransactionActive(true);
                synchronization.bindResource(factory, tx.holder);
            })).onErrorResume(e -> future(session::close).onErrorResume(closeError -> {
                e.addSuppressed(closeError);
                return Mono.empty();
            }).then(Mono.<Void>error(new CannotCreateTransactionException(
                    "Could not begin an Athanor reactive transaction: " + e.getMessage(), e))));
        });
    }

    private static void prepare(java.sql.Connection connection, TransactionDefinition definition) {
        try {
            DataSourceUtils.prepareConnectionForTransaction(connection, definition);
        } catch (java.sql.SQLException e) {
            throw new CannotCreateTransactionException("Could not prepare the connection for "
                    + definition + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected Mono<Object> doSuspend(TransactionSynchronizationManager synchronization, Object transaction) {
        ((ReactiveTransaction) transaction).holder = null;
        return Mono.justOrEmpty(synchronization.unbindResource(factory));
    }

    @Override
    protected Mono<Void> doResume(TransactionSynchronizationManager synchronization, Object transaction,
                                  Object suspendedResources) {
        return Mono.fromRunnable(() -> synchronization.bindResource(factory, suspendedResources));
    }

    @Override
    protected Mono<Void> doCommit(TransactionSynchronizationManager synchronization,
                                  GenericReactiveTransaction status) {
        ReactiveTransaction tx = (ReactiveTransaction) status.getTransaction();
        AsyncSession session = tx.holder.session();
        // a read-only transaction has nothing to write: ending it with a rollback also drops stray changes
        return future(tx.readOnly ? session::rollback : session::commit)
                .onErrorMap(e -> translate("commit", e));
    }

    @Override
    protected Mono<Void> doRollback(TransactionSynchronizationManager synchronization,
                                    GenericReactiveTransaction status) {
        ReactiveTransaction tx = (ReactiveTransaction) status.getTransaction();
        return future(tx.holder.session()::rollback).onErrorMap(e -> translate("roll back", e));
    }

    @Override
    protected Mono<Void> doSetRollbackOnly(TransactionSynchronizationManager synchronization,
                                           GenericReactiveTransaction status) {
        return Mono.fromRunnable(((ReactiveTransaction) status.getTransaction()).holder::setRollbackOnly);
    }

    @Override
    protected Mono<Void> doCleanupAfterCompletion(TransactionSynchronizationManager synchronization,
                                                  Object transaction) {
        ReactiveTransaction tx = (ReactiveTransaction) transaction;
        return Mono.defer(() -> {
            synchronization.unbindResourceIfPossible(factory);
            tx.holder.setTransactionActive(false);
            // closing rolls back anything left and returns the connection (the pool resets read-only and isolation)
            return future(tx.holder.session()::close);
        });
    }

    private static Mono<Void> future(Supplier<CompletableFuture<Void>> operation) {
        return Mono.fromFuture(operation, true);
    }

    private static Throwable translate(String action, Throwable e) {
        return new TransactionSystemException("Could not " + action + " the Athanor reactive transaction: "
                + e.getMessage(), e);
    }

    /** One reactive transaction: its session holder and whether it is read-only. */
    private static final class ReactiveTransaction {
        AsyncSessionHolder holder;
        boolean readOnly;
    }
}
