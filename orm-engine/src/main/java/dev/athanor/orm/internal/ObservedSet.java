package dev.athanor.orm.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set of a relationship's members, in insertion order, that tells its subclass of every member
 * added or removed, after the change, also through {@code iterator().remove()}: the set
 * counterpart of {@link ObservedList}.
 */
public abstract class ObservedSet extends AbstractSet<Object> {
    private final Set<Object> members;

    /** A set holding {@code members}, in their order. */
    protected ObservedSet(Collection<?> members) {
        this.members = new LinkedHashSet<>(members);
    }

    /** After {@code member} (possibly {@code null}) joined the set. */
    protected abstract void added(Object member);

    /** After {@code member} (possibly {@code null}) left the set. */
    protected abstract void removed(Object member);

    /** Adds without telling the subclass; whether the set changed. */
    public boolean addSilently(Object member) {
        return members.add(member);
    }

    /** Removes without telling the subclass; whether the set changed. */
    public boolean removeSilently(Object member) {
        return members.remove(member);
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public boolean add(Object element) {
        if (!members.add(element)) {
            return false;
        }
        added(element);
        return true;
    }

    @Override
    public boolean remove(Object element) {
        if (!members.remove(element)) {
            return false;
        }
        removed(element);
        return true;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> iterator = members.iterator();
        return new Iterator<>() {
            private Object current;

            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Object next() {
                current = iterator.next();
                return current;
            }

            @Override
            public void remove() {
                iterator.remove();
                removed(current);
            }
        };
    }
}
