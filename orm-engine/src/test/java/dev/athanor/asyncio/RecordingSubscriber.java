package dev.athanor.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A subscriber that records what it receives, checks that it never receives more than it has
 * requested, and lets the test request more or cancel from its own thread.
 */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
    final List<T> received = new ArrayList<>();
    final CompletableFuture<List<T>> done = new CompletableFuture<>();
    final CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
    /** Completes when this subscriber has cancelled its subscription. */
    final CompletableFuture<Void> cancelled = new CompletableFuture<>();
    private final AtomicLong requested = new AtomicLong();
    private final Consumer<RecordingSubscriber<T>> onEach;
    private volatile boolean overrun;
    private Flow.Subscription subscription;

    RecordingSubscriber(Consumer<RecordingSubscriber<T>> onEach) {
        this.onEach = onEach;
    }

    void request(long n) {
        requested.addAndGet(n);
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
        cancelled.complete(null);
    }

    /** Whether an item ever arrived that was not requested. */
    boolean overran() {
        return overrun;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        this.subscription = given;
        subscribed.complete(given);
    }

    @Override
    public void onNext(T item) {
        synchronized (received) {
            received.add(item);
            if (received.size() > requested.get()) {
                overrun = true;
            }
        }
        onEach.accept(this);
    }

    @Override
    public void onError(Throwable error) {
        done.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        done.complete(received);
    }
}
