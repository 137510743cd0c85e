package dev.athanor.orm.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** The insertion-ordered set form of an {@link ObservedCollection}, also observing {@code iterator().remove()}. */
public final class ObservedSet extends AbstractSet<Object> implements ObservedCollection {
    private final Set<Object> members;
    private final MemberObserver observer;

    ObservedSet(Collection<?> members, MemberObserver observer) {
        this.members = new LinkedHashSet<>(members);
        this.observer = observer;
    }

    @Override
    public MemberObserver observer() {
        return observer;
    }

    @Override
    public boolean addSilently(Object member) {
        return members.add(member);
    }

    @Override
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
        observer.added(element);
        return true;
    }

    @Override
    public boolean remove(Object element) {
        if (!members.remove(element)) {
            return false;
        }
        observer.removed(element);
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
                observer.removed(current);
            }
        };
    }
}
