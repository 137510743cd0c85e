package dev.athanor.asyncio;

import dev.athanor.exc.ArgumentError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The two compositions the async API repeats: calling user work that returns a stage, and closing after work. */
final class Futures {
    private Futures() {
    }

    /** The stage {@code work} returns, or a failed future when it throws instead. */
    static <R> CompletableFuture<R> call(Supplier<? extends CompletionStage<R>> work) {
        try {
            return work.get().toCompletableFuture();
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Runs {@code close} once {@code work} has completed either way, then completes with the
     * work's outcome; a close error is added to the work's error, or is the error when the work succeeded.
     */
    static <R> CompletableFuture<R> using(CompletableFuture<R> work, Supplier<CompletableFuture<Void>> close) {
        return work.handle((value, error) -> call(close).handle((ignored, closeError) -> {
            if (error != null) {
                Throwable failure = OperationRunner.unwrap(error);
                if (closeError != null) {
                    failure.addSuppressed(OperationRunner.unwrap(closeError));
                }
                throw new CompletionException(failure);
            }
            if (closeError != null) {
                throw new CompletionException(OperationRunner.unwrap(closeError));
            }
            return value;
        })).thenCompose(closed -> closed);
    }

    static void checkYieldPer(int yieldPer) {
        if (yieldPer < 1) {
            throw new ArgumentError("yieldPer must be at least 1, got " + yieldPer);
        }
    }
}
