package dev.athanor.asyncio;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A {@link Flow.Publisher} over a server-side cursor, with back-pressure: rows are fetched only as
 * the subscriber requests them, on the engine's executor, and no thread is held while the
 * subscriber has nothing requested. The stream is one operation of its owner from subscription
 * to its end; completing, failing or cancelling it closes the cursor. One subscriber only.
 *
 * <p>{@code onNext} is called on an executor thread but outside the operation, so a lazy load in
 * it raises as it would on the caller's thread.
 */
final class StreamPublisher<T> implements Flow.Publisher<T> {
    /** The rows being streamed; {@link #next()} returns {@code null} after the last one. */
    interface Cursor<T> extends AutoCloseable {
        T next();

        @Override
        void close();
    }

    private final OperationRunner runner;
    private final String name;
    private final Operation.Kind kind;
    private final Supplier<Cursor<T>> open;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    StreamPublisher(OperationRunner runner, String name, Operation.Kind kind, Supplier<Cursor<T>> open) {
        this.runner = runner;
        this.name = name;
        this.kind = kind;
        this.open = open;
    }

    /** A cursor over an iterator whose source {@code close} closes. */
    static <T> Cursor<T> cursor(Iterator<T> rows, Runnable close) {
        return new Cursor<>() {
            @Override
            public T next() {
                return rows.hasNext() ? rows.next() : null;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Subscription(subscriber));
            subscriber.onError(new IllegalStateException("This stream has a subscriber already; a cursor streams"
                    + " once: call stream() again for another subscriber"));
            return;
        }
        new Subscription(subscriber).start();
    }

    private final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final Operation operation = new Operation(name, kind);
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private volatile boolean ready;
        private volatile boolean cancelled;
        private volatile long invalidRequest;
        private Cursor<T> cursor;
        private boolean done;

        Subscription(Flow.Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
        }

        void start() {
            CompletableFuture<Void> started;
            try {
                started = runner.start(operation);
            } catch (RuntimeException e) {
                done = true;
                subscriber.onSubscribe(this);
                subscriber.onError(e);
                return;
            }
            subscriber.onSubscribe(this);
            started.whenComplete((ignored, error) -> {
                if (error != null) {
                    done = true;
                    runner.finish(operation, false, false);
                    subscriber.onError(OperationRunner.unwrap(error));
                } else {
                    ready = true;
                    signal();
                }
            });
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                invalidRequest = n; // rule 3.9: an error, signalled by the drain
            } else {
                demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
            }
            signal();
        }

        @Override
        public void cancel() {
            cancelled = true;
            operation.endSoon();
            signal();
        }

        private void signal() {
            if (ready && wip.getAndIncrement() == 0 && !runner.step(operation, this::drain)) {
                done = true;
                runner.finish(operation, false, false);
                subscriber.onError(new dev.athanor.exc.ResourceClosedError("The AsyncEngine of this stream is closed"));
            }
        }

        /** Runs on the executor, never twice at once: opens, emits what is requested, ends. */
        private void drain() {
            int missed = 1;
            while (!done) {
                try {
                    if (cancelled) {
                        end(true);
                        return;
                    }
                    if (invalidRequest != 0) {
                        end(false);
                        subscriber.onError(new IllegalArgumentException("request(" + invalidRequest
                                + ") violates Reactive Streams rule 3.9: request a positive number of rows"));
                        return;
                    }
                    if (cursor == null) {
                        cursor = open.get();
                    }
                    long requested = demand.get();
                    long emitted = 0;
                    while (emitted < requested && !cancelled) {
                        T item = cursor.next();
                        if (item == null) {
                            end(true);
                            subscriber.onComplete();
                            return;
                        }
                        emit(item);
                        emitted++;
                    }
                    if (requested != Long.MAX_VALUE) {
                        demand.addAndGet(-emitted);
                    }
                } catch (RuntimeException | Error e) {
                    end(false);
                    subscriber.onError(e);
                    return;
                }
                missed = wip.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        /** Hands a row to the subscriber outside the operation, so its code gets no lazy loads. */
        private void emit(T item) {
            Thread thread = operation.thread();
            operation.running(null);
            try {
                subscriber.onNext(item);
            } finally {
                operation.running(thread);
            }
        }

        /** Closes the cursor and ends the operation, before the terminal signal so the subscriber may go on. */
        private void end(boolean succeeded) {
            done = true;
            try {
                if (cursor != null) {
                    cursor.close();
                }
            } finally {
                runner.finish(operation, succeeded, false);
            }
        }
    }
}
