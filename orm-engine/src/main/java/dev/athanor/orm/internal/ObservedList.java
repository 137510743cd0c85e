package dev.athanor.orm.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of a relationship's members that tells its subclass of every member added or removed,
 * after the change: the one mechanism behind the session's tracked collections (which report to
 * the session) and the collections of enhanced objects not in a session (which keep the reverse
 * side of a {@code backPopulates} pair in step). A replaced element counts as one removed and one added.
 */
public abstract class ObservedList extends AbstractList<Object> {
    private final List<Object> members;

    /** A list holding {@code members}, in their order. */
    protected ObservedList(Collection<?> members) {
        this.members = new ArrayList<>(members);
    }

    /** After {@code member} (possibly {@code null}) joined the list. */
    protected abstract void added(Object member);

    /** After {@code member} (possibly {@code null}) left the list. */
    protected abstract void removed(Object member);

    /** Appends without telling the subclass (the other side of a pair, already in step). */
    public void addSilently(Object member) {
        members.add(member);
        modCount++;
    }

    /** Removes the first equal member without telling the subclass; whether one was removed. */
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
        added(element);
    }

    @Override
    public Object set(int index, Object element) {
        Object previous = members.set(index, element);
        if (previous != element) {
            removed(previous);
            added(element);
        }
        return previous;
    }

    @Override
    public Object remove(int index) {
        Object previous = members.remove(index);
        modCount++;
        removed(previous);
        return previous;
    }
}
