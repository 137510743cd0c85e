package dev.athanor.orm;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The collections the session puts into relationship fields (on load, and on {@code add()} of an
 * object that holds a collection): ordinary {@code List}s and {@code Set}s that report each member
 * added or removed to {@link CollectionEvents}, which keeps {@code backPopulates} in step and
 * cascades new members into the session. What the flush writes is worked out separately, by
 * comparing the members with those last loaded or flushed, so a replaced collection works too.
 */
final class TrackedCollections {
    private TrackedCollections() {
    }

    /** A tracked collection of the relationship's type holding {@code members}. */
    static Collection<Object> wrap(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
        return relationship.collectionType() == Set.class ? new TrackedSet(owner, relationship, members)
                : new TrackedList(owner, relationship, members);
    }

    /** Adds without events (the other side of a backPopulates pair). */
    static void addQuietly(Collection<Object> collection, Object member) {
        if (collection instanceof TrackedList list) {
            if (!list.members.contains(member)) {
                list.members.add(member);
            }
        } else if (collection instanceof TrackedSet set) {
            set.members.add(member);
        } else if (!collection.contains(member)) {
            collection.add(member);
        }
    }

    /** Removes without events. */
    static void removeQuietly(Collection<Object> collection, Object member) {
        if (collection instanceof TrackedList list) {
            list.members.remove(member);
        } else if (collection instanceof TrackedSet set) {
            set.members.remove(member);
        } else {
            collection.remove(member);
        }
    }

    /** Whether the collection is one the session installed for this owner. */
    static boolean isTracked(Object collection, InstanceState owner) {
        return collection instanceof TrackedList list && list.owner == owner
                || collection instanceof TrackedSet set && set.owner == owner;
    }

    private static void added(InstanceState owner, RelationshipProperty relationship, Object member) {
        if (owner.session != null) {
            owner.session.collectionEvents().appended(owner, relationship, member);
        }
    }

    private static void removed(InstanceState owner, RelationshipProperty relationship, Object member) {
        if (owner.session != null) {
            owner.session.collectionEvents().removed(owner, relationship, member);
        }
    }

    /** A list relationship. */
    static final class TrackedList extends AbstractList<Object> {
        private final InstanceState owner;
        private final RelationshipProperty relationship;
        private final List<Object> members;

        TrackedList(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
            this.owner = owner;
            this.relationship = relationship;
            this.members = new ArrayList<>(members);
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
            added(owner, relationship, element);
        }

        @Override
        public Object set(int index, Object element) {
            Object previous = members.set(index, element);
            if (previous != element) {
                removed(owner, relationship, previous);
                added(owner, relationship, element);
            }
            return previous;
        }

        @Override
        public Object remove(int index) {
            Object previous = members.remove(index);
            modCount++;
            removed(owner, relationship, previous);
            return previous;
        }
    }

    /** A set relationship, keeping insertion order. */
    static final class TrackedSet extends AbstractSet<Object> {
        private final InstanceState owner;
        private final RelationshipProperty relationship;
        private final Set<Object> members;

        TrackedSet(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
            this.owner = owner;
            this.relationship = relationship;
            this.members = new LinkedHashSet<>(members);
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
            added(owner, relationship, element);
            return true;
        }

        @Override
        public boolean remove(Object element) {
            if (!members.remove(element)) {
                return false;
            }
            removed(owner, relationship, element);
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
                    removed(owner, relationship, current);
                }
            };
        }
    }
}
