package dev.athanor.asyncio;

import dev.athanor.engine.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One operation of an async session or connection, from its call until its work has finished:
 * what it is called (for error messages), what it does with the connection slot, the thread
 * running it and the connection it runs statements on (for cancellation).
 */
final class Operation {
    /** What an operation does with its owner's connection slot. */
    enum Kind {
        /** Needs a connection: takes a slot first unless the owner holds one. */
        WORK(true),
        /** Needs a connection, and ends the session's transaction: the slot is given back when it succeeds. */
        COMMIT(true),
        /** Ends the transaction without needing a connection; clears a pending rollback; gives the slot back. */
        ROLLBACK(false),
        /** Closes the owner: gives the slot back however it ends. */
        CLOSE(false),
        /** Takes a connection of its own for its duration (a stream on the engine): takes a slot, gives it back at the end. */
        SCOPED(true);

        final boolean needsSlot;

        Kind(boolean needsSlot) {
            this.needsSlot = needsSlot;
        }
    }

    final String name;
    final Kind kind;
    /** Completes when the operation's work has finished (or it was dropped before running), never with an error. */
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private volatile boolean ending;
    private volatile Thread thread;
    private volatile Connection connection;

    Operation(String name, Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Marks a stream whose subscriber cancelled: it ends at its next step, so later calls wait for it. */
    void endSoon() {
        ending = true;
    }

    /** Whether the operation is on its way out (cancelled, or a cancelled stream): later calls may wait for it. */
    boolean isEnding() {
        return ending || cancelRequested;
    }

    Thread thread() {
        return thread;
    }

    void running(Thread runningThread) {
        this.thread = runningThread;
    }

    /** Called on the operation's thread before each statement. */
    void executing(Connection executingConnection) {
        this.connection = executingConnection;
    }

    /**
     * Asks the running statement to stop; statements not yet started refuse to start (see
     * {@link CancelListener}). Between the listener's check and the driver's execute there is a
     * moment when no statement can be cancelled yet, so this retries until one is, or the work ends.
     */
    void cancel() {
        cancelRequested = true;
        tryCancelStatement();
    }

    private void tryCancelStatement() {
        if (finished.isDone()) {
            return;
        }
        Connection current = connection;
        boolean stopped = false;
        if (current != null && thread != null) {
            try {
                stopped = current.cancel();
            } catch (RuntimeException ignored) {
                // the statement ended meanwhile, or the driver cannot cancel: the work ends on its own
            }
        }
        if (!stopped) {
            CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS).execute(this::tryCancelStatement);
        }
    }

    @Override
    public String toString() {
        return name + (thread == null ? "" : " on thread '" + thread.getName() + "'");
    }
}
