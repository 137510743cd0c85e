package dev.athanor.asyncio;

import dev.athanor.exc.TimeoutError;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A non-blocking semaphore with one slot per pooled connection: an async session or connection
 * takes a slot before it takes a connection from the pool, and gives it back when it gives the
 * connection back (a session at commit, rollback or close). Operations waiting for a slot wait in
 * this queue, holding no thread.
 *
 * <p>Why: with a bounded executor, operations blocked in the pool's checkout could occupy every
 * thread while the sessions that hold the connections wait in the executor's queue to commit,
 * a deadlock broken only by the pool timeout. Because only slot holders run, every thread that
 * runs an operation gets a connection at once. A waiter that gets no slot within the pool
 * timeout fails with {@link TimeoutError}, as a blocking checkout would.
 */
final class ConnectionSlots {
    private final int total;
    private final Duration timeout;
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int free;

    ConnectionSlots(int total, Duration timeout) {
        this.total = total;
        this.free = total;
        this.timeout = timeout;
    }

    /** Completes when a slot is taken (at once when one is free). */
    CompletableFuture<Void> acquire() {
        CompletableFuture<Void> waiter;
        synchronized (this) {
            if (free > 0) {
                free--;
                return CompletableFuture.completedFuture(null);
            }
            waiter = new CompletableFuture<>();
            waiting.add(waiter);
        }
        return waiter.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((ok, error) -> {
            if (error == null) {
                return null;
            }
            synchronized (this) {
                waiting.remove(waiter);
            }
            throw error instanceof TimeoutException ? exhausted() : new IllegalStateException(error);
        });
    }

    /** Gives a slot back, to the longest waiter still waiting. */
    void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    free++;
                    return;
                }
            }
            if (next.complete(null)) {
                return;
            }
            // that waiter timed out meanwhile: offer the slot to the next one
        }
    }

    /** Slots taken now. */
    synchronized int inUse() {
        return total - free;
    }

    private TimeoutError exhausted() {
        return new TimeoutError(String.format("All %d connection slots of the async engine stayed taken for %.2f s:"
                + " async sessions and connections hold them until they commit, roll back or close. Close what"
                + " you no longer need, or raise poolSize / maxOverflow", total, timeout.toMillis() / 1000.0), null);
    }
}
