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
    /** Set when the rows repeat parents (a joined eager load of a collection) and {@link #unique()} was not called. */
    private final boolean requiresUnique;

    EntityResult(List<T> values) {
        this(values, false);
    }

    EntityResult(List<T> values, boolean requiresUnique) {
        this.values = java.util.Collections.unmodifiableList(values);
        this.requiresUnique = requiresUnique;
    }

    /**
     * The same result without repeats: an object (or a row of objects and values) that appeared
     * before is dropped, the first occurrence keeping its place. Required, as in SQLAlchemy, when a
     * query joined-eager-loads a collection, since each parent then comes once per member row.
     */
    public EntityResult<T> unique() {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        List<T> kept = new java.util.ArrayList<>();
        T previous = null;
        for (T value : values) {
            // a joined parent's rows usually come one after another: the repeat of the last one needs no hashing
            if (value != null && value == previous) {
                continue;
            }
            previous = value;
            if (seen.add(identity(value))) {
                kept.add(value);
            }
        }
        return new EntityResult<>(kept, false);
    }

    /** Objects compare by identity (the identity map makes one object per row), other values by equality. */
    private static Object identity(Object value) {
        if (value instanceof List<?> row) {
            return row.stream().map(EntityResult::identity).toList();
        }
        return value == null || value instanceof Comparable<?> || value instanceof byte[]
                ? value : new IdentityBox(value);
    }


    private List<T> values() {
        if (requiresUnique) {
            throw OrmQuery.uniqueRequired();
        }
        return values;
    }

    /** Every value. */
    public List<T> all() {
        return values();
    }

    /** The first value, or {@code null} when there is none. */
    public T first() {
        List<T> checked = values();
        return checked.isEmpty() ? null : checked.get(0);
    }

    /**
     * The only value.
     *
     * @throws NoResultFound when there is none
     * @throws MultipleResultsFound when there are several
     */
    public T one() {
        if (values().isEmpty()) {
            throw new NoResultFound("No row was found when one was required");
        }
        return oneOrNone();
    }

    /** The only value, or {@code null}; {@link MultipleResultsFound} when there are several. */
    public T oneOrNone() {
        if (values().size() > 1) {
            throw new MultipleResultsFound("Multiple rows were found when one or none was required");
        }
        return first();
    }

    /** The values as a stream. */
    public Stream<T> stream() {
        return values().stream();
    }

    @Override
    public Iterator<T> iterator() {
        return values().iterator();
    }
}
