package dev.athanor.engine;

import dev.athanor.exc.MultipleResultsFound;
import dev.athanor.exc.NoResultFound;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The fetching methods every result shares, over rows projected to {@code T}: {@link Result}
 * yields rows, {@link ScalarResult} one column's values, {@link MappingResult} maps. Fetching
 * consumes: a result is read once, like a cursor.
 *
 * @param <T> what each fetch returns
 */
public abstract class FilterResult<T> implements Iterable<T>, AutoCloseable {
    private Set<Object> seen;

    FilterResult() {
    }

    /** The next row of the underlying result, or {@code null} when exhausted. */
    abstract Row nextRow();

    /** Turns a row into what this result yields. */
    abstract T project(Row row);

    /** Closes the underlying result. */
    @Override
    public abstract void close();

    /** Whether {@link #enableUnique} was called: values already seen are dropped. */
    boolean isUnique() {
        return seen != null;
    }

    /** Drops values already seen from now on (SQLAlchemy's {@code unique()}). */
    void enableUnique() {
        if (seen == null) {
            seen = new HashSet<>();
        }
    }

    /**
     * The next value, or {@code null} when there are no more (closing the result then); a NULL
     * value also reads as {@code null}, so use {@link #all} or {@link #fetchMany} to tell them apart.
     */
    public T fetchOne() {
        List<T> next = new ArrayList<>(1);
        return fetchInto(next) ? next.get(0) : null;
    }

    /** Adds the next value (which may be NULL) to {@code values}; false when there are no more. */
    private boolean fetchInto(List<T> values) {
        Row row;
        while ((row = nextRow()) != null) {
            T value = project(row);
            if (seen == null || seen.add(uniqueKey(value))) {
                values.add(value);
                return true;
            }
        }
        return false;
    }

    private static Object uniqueKey(Object value) {
        return value instanceof byte[] bytes ? java.nio.ByteBuffer.wrap(bytes) : value;
    }

    /** Up to {@code size} next values; an empty list when there are no more. */
    public List<T> fetchMany(int size) {
        List<T> values = new ArrayList<>(Math.min(size, 1024));
        while (values.size() < size && fetchInto(values)) {
            // fetchInto adds the value
        }
        return values;
    }

    /** Every remaining value. */
    public List<T> all() {
        List<T> values = new ArrayList<>();
        while (fetchInto(values)) {
            // fetchInto adds the value
        }
        return values;
    }

    /** The first value or {@code null}; the rest is discarded and the result closed. */
    public T first() {
        try {
            return fetchOne();
        } finally {
            close();
        }
    }

    /**
     * Exactly one value.
     *
     * @throws NoResultFound when there is none
     * @throws MultipleResultsFound when there are more
     */
    public T one() {
        try {
            List<T> values = new ArrayList<>(2);
            if (!fetchInto(values)) {
                throw new NoResultFound("No row was found when one was required");
            }
            T value = values.get(0);
            if (fetchInto(values)) {
                throw new MultipleResultsFound("Multiple rows were found when exactly one was required");
            }
            return value;
        } finally {
            close();
        }
    }

    /**
     * One value or {@code null}.
     *
     * @throws MultipleResultsFound when there is more than one
     */
    public T oneOrNone() {
        try {
            List<T> values = new ArrayList<>(2);
            if (fetchInto(values) && fetchInto(values)) {
                throw new MultipleResultsFound("Multiple rows were found when one or none was required");
            }
            return values.isEmpty() ? null : values.get(0);
        } finally {
            close();
        }
    }

    /** The values in chunks of {@code size}, for processing a large (streamed) result piece by piece. */
    public Iterable<List<T>> partitions(int size) {
        return () -> new Iterator<>() {
            private List<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = fetchMany(size);
                }
                return !next.isEmpty();
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<T> chunk = next;
                next = null;
                return chunk;
            }
        };
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = fetchOne();
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T value = next;
                next = null;
                return value;
            }
        };
    }

    /** The values as a sequential stream; closing the stream closes the result. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }
}
