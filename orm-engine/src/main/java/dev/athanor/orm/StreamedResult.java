package dev.athanor.orm;

import dev.athanor.exc.ResourceClosedError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The objects of a query read a partition at a time from a server-side cursor
 * ({@link Session#stream}), like a SQLAlchemy result with {@code yield_per}: iterate the objects,
 * or {@link #partitions()} to work a chunk at a time (change, {@code flush}, move on).
 *
 * <p>The session holds a partition's objects while it is current. When the next partition is
 * fetched, or the stream ends or is closed, the objects the previous one loaded are detached
 * unless they have changes to flush (those stay in the session); an object kept past
 * its partition is then an ordinary detached object. That is what keeps memory bounded, where
 * SQLAlchemy relies on its weakly referencing identity map.
 *
 * <p>A streamed result can be iterated once. Close it (try-with-resources) when leaving early,
 * so that the cursor does not stay open until the transaction ends.
 *
 * @param <T> the type of each value
 */
public final class StreamedResult<T> implements Iterable<T>, AutoCloseable {
    private final TrackingSession session;
    private final OrmQuery.Partitions partitions;
    /** The objects the current partition put into the identity map; released when it is left. */
    private List<InstanceState> loaded = new ArrayList<>();
    private boolean started;
    private boolean closed;

    StreamedResult(TrackingSession session, OrmQuery.Partitions partitions) {
        this.session = session;
        this.partitions = partitions;
    }

    /** The values a partition at a time, each list as long as the {@code yieldPer} the stream was opened with (the last may be shorter). */
    public Iterable<List<T>> partitions() {
        start();
        return () -> new Iterator<>() {
            private List<T> next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    next = fetch();
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<T> partition = next;
                next = null;
                return partition;
            }
        };
    }

    /** The values one at a time, fetched a partition at a time. */
    @Override
    public Iterator<T> iterator() {
        start();
        // indexed over each partition's own list: an iterator over the read-only view costs two calls per object
        return new Iterator<>() {
            private List<T> partition = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (partition != null && next == partition.size()) {
                    partition = fetchValues();
                    next = 0;
                }
                return partition != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return partition.get(next++);
            }
        };
    }

    /** Closes the cursor and lets go of the last partition's unchanged objects; closing twice is harmless. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            partitions.close();
            session.release(passed());
        }
    }

    private void start() {
        if (started) {
            throw new ResourceClosedError("A streamed result can be iterated only once; run the query again");
        }
        started = true;
    }

    /** The next partition, read-only, or {@code null} (and the stream closed) when the rows ran out. */
    private List<T> fetch() {
        List<T> values = fetchValues();
        return values == null ? null : Collections.unmodifiableList(values);
    }

    /** The next partition's own list, or {@code null} (and the stream closed) when the rows ran out. */
    @SuppressWarnings("unchecked")
    private List<T> fetchValues() {
        if (closed) {
            throw new ResourceClosedError("This streamed result is closed");
        }
        session.release(passed());
        List<Object> values = session.observingLoads(state -> loaded.add(state), partitions::next);
        if (values == null) {
            close();
        }
        return (List<T>) values;
    }

    /** The objects the partition just left loaded; the next partition starts a new list. */
    private List<InstanceState> passed() {
        List<InstanceState> previous = loaded;
        loaded = new ArrayList<>(Math.max(10, previous.size())); // partitions are alike: no growing by halves
        return previous;
    }
}
