package dev.athanor.orm.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The list form of an {@link ObservedCollection}; a replaced element counts as one removed and one added. */
public final class ObservedList extends AbstractList<Object> implements ObservedCollection {
    private final List<Object> members;
    private final MemberObserver observer;

    ObservedList(Collection<?> members, MemberObserver observer) {
        this.members = new ArrayList<>(members);
        this.observer = observer;
    }

    @Override
    public MemberObserver observer() {
        return observer;
    }

    @Override
    public boolean addSilently(Object member) {
        members.add(member);
        modCount++;
        return true;
    }

    @Override
    public boolean removeSilently(Object member) {
        boolean removed = members.remove(member);
        modCount += removed ? 1 : 0;
        return removed;
    }

    @Override
    public Object get(int index) {
        return members.get(index);
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public void add(int index, Object element) {
        members.add(index, element);
        modCount++;
        observer.added(element);
    }

    @Override
    public Object set(int index, Object element) {
        Object previous = members.set(index, element);
        if (previous != element) {
            observer.removed(previous);
            observer.added(element);
        }
        return previous;
    }

    @Override
    public Object remove(int index) {
        Object previous = members.remove(index);
        modCount++;
        observer.removed(previous);
        return previous;
    }
}
