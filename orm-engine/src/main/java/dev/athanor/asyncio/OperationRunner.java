package dev.athanor.asyncio;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.exc.ResourceClosedError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the operations of one {@link AsyncSession} or {@link AsyncConnection} on the engine's
 * executor, one at a time. A call made while another operation is in flight is refused with an
 * {@link InvalidRequestError} (in its future), as SQLAlchemy's {@code AsyncSession} refuses
 * concurrent use; the one exception is a call made after the operation in flight was cancelled,
 * which waits for the cancelled work to unwind (so {@code rollback()} right after a cancel works),
 * and likewise a call made after a stream's subscriber cancelled.
 *
 * <p>It also keeps the owner's connection slot ({@link ConnectionSlots}): taken before the first
 * operation that needs a connection, given back when the owner returns its connection (a session
 * at commit, rollback and close, or after a cancel; a connection at close). A cancelled operation
 * leaves the owner needing a rollback: later operations fail with {@link PendingRollbackError}
 * until {@code rollback()} or {@code close()}.
 */
final class OperationRunner {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.orm");

    private final EngineExecutor executor;
    private final ConnectionSlots slots;
    private final String owner;
    /** A session gives its slot back when its transaction ends; a connection only when it closes. */
    private final boolean slotPerTransaction;
    /** Run on the operation's thread after a cancel, to give the connection back; {@code null}: nothing to do. */
    private final Runnable afterCancel;
    private volatile Operation current;
    private boolean holdsSlot;
    private boolean closed;
    private volatile String cancelled;

    OperationRunner(EngineExecutor executor, ConnectionSlots slots, String owner, boolean holdsSlot,
                    Runnable afterCancel) {
        this.executor = executor;
        this.slots = slots;
        this.owner = owner;
        this.holdsSlot = holdsSlot;
        this.slotPerTransaction = !holdsSlot;
        this.afterCancel = afterCancel;
    }

    /** Runs {@code work} as one operation; the future completes with its result or error. */
    <R> CompletableFuture<R> submit(String name, Operation.Kind kind, Supplier<R> work) {
        Operation operation = new Operation(name, kind);
        OperationFuture<R> future = new OperationFuture<>(operation);
        CompletableFuture<Void> ready;
        try {
            ready = start(operation);
        } catch (RuntimeException e) {
            future.fail(e);
            return future;
        }
        ready.whenComplete((ignored, error) -> {
            if (error != null) {
                finish(operation, false, false);
                future.fail(unwrap(error));
            } else if (!step(operation, () -> runWork(operation, future, work))) {
                finish(operation, false, false);
                future.fail(closedEngine());
            }
        });
        return future;
    }

    /**
     * Makes {@code operation} the one in flight; the returned future completes when it may run
     * (a cancelled predecessor has unwound and the slot is taken).
     *
     * @throws InvalidRequestError when another operation is in flight
     */
    CompletableFuture<Void> start(Operation operation) {
        CompletableFuture<Void> prior;
        synchronized (this) {
            if (closed) {
                throw new ResourceClosedError("This " + owner + " is closed; " + operation.name + " cannot run");
            }
            Operation inFlight = current;
            if (inFlight != null && !inFlight.isEnding()) {
                throw busy(inFlight, operation.name);
            }
            prior = inFlight == null ? CompletableFuture.completedFuture(null) : inFlight.finished;
            current = operation;
        }
        return prior.thenCompose(ignored -> {
            checkNoPendingRollback(operation); // before taking a slot, which a refused operation would keep
            return slotFor(operation);
        });
    }

    private CompletableFuture<Void> slotFor(Operation operation) {
        synchronized (this) {
            if (!operation.kind.needsSlot || holdsSlot) {
                return CompletableFuture.completedFuture(null);
            }
        }
        return slots.acquire().thenRun(() -> {
            synchronized (this) {
                holdsSlot = true;
            }
        });
    }

    /**
     * Runs one step of {@code operation} on the executor, as the operation's thread (lazy loads
     * allowed, statements cancellable); {@code false} when the engine is closed.
     */
    boolean step(Operation operation, Runnable task) {
        try {
            executor.execute(() -> {
                operation.running(Thread.currentThread());
                CancelListener.CURRENT.set(operation);
                try {
                    task.run();
                } finally {
                    CancelListener.CURRENT.remove();
                    operation.running(null);
                }
            });
            return true;
        } catch (ResourceClosedError e) {
            return false;
        }
    }

    private <R> void runWork(Operation operation, OperationFuture<R> future, Supplier<R> work) {
        if (future.isDone()) {
            finish(operation, false, false); // cancelled while it waited: nothing ran
            return;
        }
        R result = null;
        Throwable failure = null;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean returned = operation.isCancelRequested() && cancelledWork(operation);
        finish(operation, failure == null && !operation.isCancelRequested(), returned);
        if (failure != null) {
            future.fail(failure);
        } else {
            future.succeed(result);
        }
    }

    /** Raises when an earlier operation was cancelled and this one is not the rollback (or close) it needs. */
    private void checkNoPendingRollback(Operation operation) {
        String cancelledName = cancelled;
        if (cancelledName != null && operation.kind.needsSlot) {
            throw new PendingRollbackError("This " + owner + "'s transaction is no longer usable because " + cancelledName
                    + " was cancelled while it ran; call rollback() (or close()) first", null);
        }
    }

    /** Marks the owner as needing a rollback and lets it give its connection back; whether it did. */
    private boolean cancelledWork(Operation operation) {
        cancelled = operation.name;
        if (afterCancel == null) {
            return false;
        }
        try {
            afterCancel.run();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not roll back after cancelling {}: {}", operation.name, e.toString());
            return false;
        }
    }

    /** Ends {@code operation}: the owner may run the next one; its slot goes back when its connection did. */
    void finish(Operation operation, boolean succeeded, boolean connectionReturned) {
        boolean release;
        synchronized (this) {
            if (current == operation) {
                current = null;
            }
            Operation.Kind kind = operation.kind;
            boolean returnsConnection = kind == Operation.Kind.CLOSE || kind == Operation.Kind.SCOPED
                    || connectionReturned
                    || (succeeded && (kind == Operation.Kind.COMMIT || kind == Operation.Kind.ROLLBACK));
            release = holdsSlot && returnsConnection && (slotPerTransaction || kind == Operation.Kind.CLOSE);
            if (release) {
                holdsSlot = false;
            }
            if (kind == Operation.Kind.CLOSE) {
                closed = true;
            }
            if (succeeded && !operation.kind.needsSlot) {
                cancelled = null; // rolled back or closed
            }
        }
        if (release) {
            slots.release();
        }
        operation.finished.complete(null);
    }

    /** The thread running this owner's operation now, or {@code null}. */
    Thread runningThread() {
        Operation inFlight = current;
        return inFlight == null ? null : inFlight.thread();
    }

    /** Raises the one-at-a-time error when an operation is in flight, for calls that run on the caller's thread. */
    void checkIdle(String name) {
        Operation inFlight = current;
        if (inFlight != null) {
            throw busy(inFlight, name);
        }
    }

    private InvalidRequestError busy(Operation inFlight, String refused) {
        return new InvalidRequestError("This " + owner + " is busy with " + inFlight + ", so " + refused
                + " was refused: an " + owner + " runs one operation at a time, as SQLAlchemy's does. Chain the"
                + " next call on the future (thenCompose), or use one " + owner + " per concurrent task");
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private ResourceClosedError closedEngine() {
        return new ResourceClosedError("The AsyncEngine of this " + owner + " is closed");
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
