package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import java.util.List;
import java.util.function.Supplier;

/**
 * When and how a session flushes. A flush fires {@code beforeFlush}, lets the save-update, delete
 * and delete-orphan cascades settle which objects join or leave, prepares the relationship
 * changes, and only when something is left to write begins the transaction and hands the pending,
 * changed and deleted objects to the {@link UnitOfWork}; then what was written becomes the
 * snapshot that dirty checking compares with. A failed flush leaves the session refusing work
 * until {@code rollback()} (see {@link TransactionStack}).
 *
 * <p>A session that {@link TrackingSession#isClean() is clean} returns at once, visiting no object.
 * Queries autoflush first, unless autoflush is off for the session or inside
 * {@code noAutoflush(work)}, and never from within a flush (a listener that queries).
 */
final class SessionFlush {
    private final TrackingSession session;
    private final SessionFactory factory;
    private final SessionObjects objects;
    private final Cascades cascades;
    private final TransactionStack transactions;
    private final UnitOfWork unitOfWork;
    private boolean flushing;
    private boolean autoflush;
    private int noAutoflush;

    SessionFlush(TrackingSession session, SessionFactory factory, SessionObjects objects, Cascades cascades,
                 TransactionStack transactions) {
        this.session = session;
        this.factory = factory;
        this.objects = objects;
        this.cascades = cascades;
        this.transactions = transactions;
        this.unitOfWork = new UnitOfWork(session, new Persistence(session));
        this.autoflush = factory.autoflush();
    }

    void flush() {
        if (flushing) {
            throw new InvalidRequestError("Session is already flushing; do not call flush() from a flush event");
        }
        session.checkUsable();
        if (session.isClean()) {
            return; // as SQLAlchemy, a clean session does not fire beforeFlush either
        }
        flushing = true;
        try {
            factory.fire(l -> l.beforeFlush(session));
            RelationshipFlush relationships = new RelationshipFlush(session);
            cascades.saveUpdateAll();
            cascades.deletesAndOrphans();
            relationships.prepare();
            if (objects.nothingPending() && !relationships.hasWork() && objects.noneModified()) {
                session.relationshipChangesFlushed();
                return;
            }
            session.writing();
            transactions.ensure();
            List<InstanceState> persistent = objects.persistentNotDeleted();
            unitOfWork.flush(objects.pendingList(), persistent, objects.markedForDeletion(), relationships);
            factory.fire(l -> l.afterFlush(session));
            objects.flushed(persistent);
            session.relationshipChangesFlushed();
        } catch (RuntimeException e) {
            transactions.flushFailed(e);
            throw e;
        } finally {
            flushing = false;
        }
    }

    /** Flushes before a query, unless autoflush is off or a flush is under way. */
    void autoflush() {
        if (autoflush && noAutoflush == 0 && !flushing) {
            flush();
        }
    }

    void setAutoflush(boolean autoflush) {
        this.autoflush = autoflush;
    }

    boolean isAutoflush() {
        return autoflush;
    }

    <R> R withoutAutoflush(Supplier<R> work) {
        noAutoflush++;
        try {
            return work.get();
        } finally {
            noAutoflush--;
        }
    }
}
