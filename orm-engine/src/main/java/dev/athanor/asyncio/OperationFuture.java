package dev.athanor.asyncio;

import java.util.concurrent.CompletableFuture;

/**
 * The future of one async operation. Cancelling it ({@code cancel}) or failing it from outside
 * ({@code orTimeout}, {@code completeExceptionally}) cancels the operation: the statement it is
 * running is stopped with {@code java.sql.Statement.cancel}. Futures derived from it
 * ({@code thenApply}, …) are plain {@link CompletableFuture}s, which do not reach back.
 */
final class OperationFuture<T> extends CompletableFuture<T> {
    private final Operation operation;

    OperationFuture(Operation operation) {
        this.operation = operation;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            operation.cancel();
        }
        return cancelled;
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        boolean failed = super.completeExceptionally(failure);
        if (failed) {
            operation.cancel();
        }
        return failed;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }

    /** Completes with the operation's result. */
    void succeed(T value) {
        super.complete(value);
    }

    /** Completes with the operation's error. */
    void fail(Throwable failure) {
        super.completeExceptionally(failure);
    }
}
