package dev.athanor.orm;

import dev.athanor.engine.Transaction;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.PendingRollbackError;

/**
 * The transaction levels of one session: the outermost {@link SessionTransaction} and the
 * savepoints begun inside it, the innermost on top. It begins, commits and rolls them back on the
 * session's connections, and a rollback also undoes in the session what each level recorded:
 * objects inserted inside it become transient again, updated and deleted ones get back the values
 * and state they had, pending ones are expunged.
 *
 * <p>It also keeps the error of a failed flush. The flush has rolled back the level it ran in
 * (only the innermost savepoint when one is open, so the enclosing work survives), and the objects
 * no longer match the database: every further use raises {@link PendingRollbackError} until the
 * application rolls that level back ({@code Savepoint.rollback()} or {@code Session.rollback()}),
 * as in SQLAlchemy.
 */
final class TransactionStack {
    private final TrackingSession session;
    private final SessionFactory factory;
    private final SessionObjects objects;
    private final SessionConnections connections;
    private SessionTransaction transaction;
    private RuntimeException failedFlush;
    /** The level a failed flush ran in; rolling it (or an enclosing level) back clears the failure. */
    private SessionTransaction failedLevel;

    TransactionStack(TrackingSession session, SessionFactory factory, SessionObjects objects,
                     SessionConnections connections) {
        this.session = session;
        this.factory = factory;
        this.objects = objects;
        this.connections = connections;
    }

    /** The transaction level in progress, begun on demand. */
    SessionTransaction ensure() {
        if (transaction == null) {
            transaction = new SessionTransaction(null);
            connections.beginRoot(transaction);
        }
        return transaction;
    }

    boolean isActive() {
        return transaction != null;
    }

    void begin() {
        if (transaction != null) {
            throw new InvalidRequestError("A transaction is already begun on this Session; commit() or"
                    + " rollback() it, or use beginNested() for a SAVEPOINT");
        }
        ensure();
    }

    /** Begins a SAVEPOINT on every connection of the session; the caller has flushed. */
    Savepoint beginNested() {
        SessionTransaction outer = ensure();
        SessionTransaction nested = new SessionTransaction(outer);
        connections.beginSavepoints(nested);
        transaction = nested;
        return new Savepoint(this, nested);
    }

    /** Releases the open savepoints, flushes and commits; a no-op when no transaction has begun. */
    void commit() {
        while (transaction != null && transaction.isNested()) {
            releaseSavepoint(transaction);
        }
        session.doFlush();
        if (transaction == null) {
            return; // nothing was read or written since the last commit
        }
        factory.fire(l -> l.beforeCommit(session));
        connections.commit(transaction);
        transaction.forgetRemembered();
        transaction = null;
        objects.committed(factory.expireOnCommit());
        factory.fire(l -> l.afterCommit(session));
    }

    /** Rolls back every level, in the database and in the session, and clears a failed flush. */
    void rollback() {
        while (transaction != null) {
            SessionTransaction level = transaction;
            transaction = level.parent;
            undo(level);
        }
        rollbackDatabase();
        objects.forgetPending();
        for (InstanceState state : objects.identityMap().values()) {
            if (state.snapshot != null) {
                state.restore(state.snapshot);
            }
            state.expireRelationships(); // loaded objects reload relationships as the database now has them
        }
        clearFailedFlush();
        factory.fire(l -> l.afterRollback(session));
    }

    void releaseSavepoint(SessionTransaction nested) {
        requireTop(nested);
        session.doFlush();
        nested.databaseTransactions.forEach(Transaction::commit);
        transaction = nested.parent;
        nested.mergeInto(transaction);
    }

    void rollbackSavepoint(SessionTransaction nested) {
        requireTop(nested);
        nested.databaseTransactions.forEach(Transaction::rollback);
        transaction = nested.parent;
        undo(nested);
        objects.identityMap().values().forEach(InstanceState::expireRelationships);
        for (InstanceState state : nested.added) {
            if (state.state == ObjectState.PENDING) {
                objects.forget(state);
            }
        }
        if (failedLevel == nested) {
            clearFailedFlush();
        }
        factory.fire(l -> l.afterRollback(session));
    }

    private void requireTop(SessionTransaction nested) {
        if (transaction != nested) {
            throw new InvalidRequestError("This savepoint is not the innermost active one; end the savepoints begun"
                    + " inside it first");
        }
    }

    /** Undoes in memory what one transaction level changed. */
    private void undo(SessionTransaction level) {
        for (InstanceState state : level.inserted) {
            objects.forget(state);
            state.state = ObjectState.TRANSIENT;
            state.identity = null;
            state.snapshot = null;
        }
        for (SessionTransaction.Remembered entry : level.remembered) {
            InstanceState state = entry.state();
            if (entry.values() != null) {
                state.restore(entry.values());
            }
            if (entry.stateBefore() == ObjectState.PERSISTENT && state.state == ObjectState.DELETED) {
                objects.undeleted(state);
            }
        }
        level.forgetRemembered();
    }

    /** Rolls back the outermost database transaction, if one has begun. */
    void rollbackDatabase() {
        SessionTransaction root = transaction;
        while (root != null && root.parent != null) {
            root = root.parent;
        }
        connections.rollback(root);
    }

    /**
     * A flush failed: roll the database back to where the level it ran in began (the innermost
     * savepoint, or the whole transaction) and refuse work until that level is rolled back.
     */
    void flushFailed(RuntimeException failure) {
        failedFlush = failure;
        failedLevel = transaction;
        if (transaction != null && transaction.isNested()) {
            transaction.databaseTransactions.forEach(Transaction::rollback);
        } else {
            rollbackDatabase();
        }
    }

    private void clearFailedFlush() {
        failedFlush = null;
        failedLevel = null;
    }

    void checkNoFailedFlush() {
        if (failedFlush == null) {
            return;
        }
        String what = failedLevel != null && failedLevel.isNested()
                ? "savepoint has been rolled back due to a previous exception during flush. To go on, first"
                        + " issue Savepoint.rollback() (the enclosing transaction is kept) or Session.rollback()"
                : "transaction has been rolled back due to a previous exception during flush. To begin a new"
                        + " transaction with this Session, first issue Session.rollback()";
        throw new PendingRollbackError("This Session's " + what + ". Original exception was: "
                + failedFlush.getMessage(), failedFlush);
    }

    /** The session closed: forget the levels (their connections are closed by the session). */
    void clear() {
        for (SessionTransaction level = transaction; level != null; level = level.parent) {
            level.forgetRemembered();
        }
        transaction = null;
        clearFailedFlush();
    }
}
