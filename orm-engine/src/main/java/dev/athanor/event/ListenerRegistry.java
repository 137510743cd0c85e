package dev.athanor.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one kind registered on one target (a pool, an engine, a session factory).
 * Registration is rare and firing is frequent, so the list is copy-on-write: firing iterates a
 * snapshot without locking, and an empty registry costs one volatile read.
 *
 * @param <L> the listener interface
 */
public final class ListenerRegistry<L> {
    private final List<L> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; closing the returned registration removes it again. */
    public Registration add(L listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether any listener is registered, so callers can skip building event data. */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Calls every listener in registration order. */
    public void fire(Consumer<? super L> event) {
        for (L listener : listeners) {
            event.accept(listener);
        }
    }

    /** A handle that unregisters its listener. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
