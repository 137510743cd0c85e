package dev.athanor.orm.internal;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * An iterator over a relationship collection's members that reports each member removed through
 * {@code iterator.remove()}, so the collection fires the same event as {@code remove(member)}
 * (the session's tracked collections and the collections of new enhanced objects both need it).
 */
public final class RemovalIterator implements Iterator<Object> {
    private final Iterator<Object> members;
    private final Consumer<Object> removed;
    private Object current;

    public RemovalIterator(Iterator<Object> members, Consumer<Object> removed) {
        this.members = members;
        this.removed = removed;
    }

    @Override
    public boolean hasNext() {
        return members.hasNext();
    }

    @Override
    public Object next() {
        current = members.next();
        return current;
    }

    @Override
    public void remove() {
        members.remove();
        removed.accept(current);
    }
}
