package dev.athanor.orm;

import dev.athanor.exc.MultipleResultsFound;
import dev.athanor.exc.NoResultFound;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The objects (or single values) of an ORM query, like SQLAlchemy's {@code ScalarResult}:
 * already read, in row order, with entities taken from the session's identity map.
 *
 * @param <T> the type of each value
 */
public final class EntityResult<T> implements Iterable<T> {
    private final List<T> values;

    EntityResult(List<T> values) {
        this.values = java.util.Collections.unmodifiableList(values);
    }

    /** Every value. */
    public List<T> all() {
        return values;
    }

    /** The first value, or {@code null} when there is none. */
    public T first() {
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * The only value.
     *
     * @throws NoResultFound when there is none
     * @throws MultipleResultsFound when there are several
     */
    public T one() {
        if (values.isEmpty()) {
            throw new NoResultFound("No row was found when one was required");
        }
        return oneOrNone();
    }

    /** The only value, or {@code null}; {@link MultipleResultsFound} when there are several. */
    public T oneOrNone() {
        if (values.size() > 1) {
            throw new MultipleResultsFound("Multiple rows were found when one or none was required");
        }
        return first();
    }

    /** The values as a stream. */
    public Stream<T> stream() {
        return values.stream();
    }

    @Override
    public Iterator<T> iterator() {
        return values.iterator();
    }
}
