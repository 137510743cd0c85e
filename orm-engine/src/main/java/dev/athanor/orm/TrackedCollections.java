package dev.athanor.orm;

import dev.athanor.orm.internal.ObservedList;
import dev.athanor.orm.internal.ObservedSet;
import java.util.Collection;
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

    /**
     * A tracked collection of the relationship's type holding {@code members} as the owner's
     * snapshot has them (just loaded or flushed): a flush skips it until it changes.
     */
    static Collection<Object> wrap(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
        return relationship.collectionType() == Set.class ? new TrackedSet(owner, relationship, members)
                : new TrackedList(owner, relationship, members);
    }

    /**
     * A tracked collection, in the same order, for members the user (or a merge) put into the field,
     * which may differ from the snapshot: it counts as changed, and the owner's session is told, so
     * the next flush compares its members (a {@link #wrap wrapped} one would be skipped as unchanged).
     */
    static Collection<Object> adopt(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
        Collection<Object> tracked = wrap(owner, relationship, members);
        changesOf(tracked, owner).record();
        return tracked;
    }

    /**
     * Whether {@code value} is the collection the session installed for {@code owner} and nothing
     * changed it since its members were last taken as the database's: a flush can then skip it
     * without comparing members (a parent with thousands of children costs nothing when unchanged).
     */
    static boolean unchanged(Object value, InstanceState owner) {
        Changes changes = changesOf(value, owner);
        return changes != null && changes.made == changes.seen;
    }

    /** Records that the owner's snapshot now holds this collection's members. */
    static void snapshotTaken(Object value, InstanceState owner) {
        Changes changes = changesOf(value, owner);
        if (changes != null) {
            changes.seen = changes.made;
        }
    }

    private static Changes changesOf(Object value, InstanceState owner) {
        if (value instanceof TrackedList list && list.owner == owner) {
            return list.changes;
        }
        return value instanceof TrackedSet set && set.owner == owner ? set.changes : null;
    }

    /** Adds without events (the other side of a backPopulates pair). */
    static void addQuietly(Collection<Object> collection, Object member) {
        if (collection instanceof TrackedList list) {
            if (!list.contains(member)) {
                list.addSilently(member);
                list.changes.record();
            }
        } else if (collection instanceof TrackedSet set) {
            if (set.addSilently(member)) {
                set.changes.record();
            }
        } else if (!collection.contains(member)) {
            collection.add(member);
        }
    }

    /** Removes without events. */
    static void removeQuietly(Collection<Object> collection, Object member) {
        if (collection instanceof TrackedList list) {
            if (list.removeSilently(member)) {
                list.changes.record();
            }
        } else if (collection instanceof TrackedSet set) {
            if (set.removeSilently(member)) {
                set.changes.record();
            }
        } else {
            collection.remove(member);
        }
    }

    /** Whether the collection is one the session installed for this owner. */
    static boolean isTracked(Object collection, InstanceState owner) {
        return collection instanceof TrackedList list && list.owner == owner
                || collection instanceof TrackedSet set && set.owner == owner;
    }

    /** How many times a tracked collection was changed, and how many of those its owner's snapshot has seen. */
    private static final class Changes {
        private final InstanceState owner;
        int made;
        int seen;

        Changes(InstanceState owner) {
            this.owner = owner;
        }

        /** One more change, which the owner's session must flush before its next lazy load. */
        void record() {
            made++;
            if (owner.session != null) {
                owner.session.relationshipChanged(owner);
            }
        }
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
    static final class TrackedList extends ObservedList {
        private final InstanceState owner;
        private final RelationshipProperty relationship;
        private final Changes changes;

        TrackedList(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
            super(members);
            this.owner = owner;
            this.changes = new Changes(owner);
            this.relationship = relationship;
        }

        @Override
        protected void added(Object member) {
            changes.record();
            TrackedCollections.added(owner, relationship, member);
        }

        @Override
        protected void removed(Object member) {
            changes.record();
            TrackedCollections.removed(owner, relationship, member);
        }
    }

    /** A set relationship, keeping insertion order. */
    static final class TrackedSet extends ObservedSet {
        private final InstanceState owner;
        private final RelationshipProperty relationship;
        private final Changes changes;

        TrackedSet(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
            super(members);
            this.owner = owner;
            this.changes = new Changes(owner);
            this.relationship = relationship;
        }

        @Override
        protected void added(Object member) {
            changes.record();
            TrackedCollections.added(owner, relationship, member);
        }

        @Override
        protected void removed(Object member) {
            changes.record();
            TrackedCollections.removed(owner, relationship, member);
        }
    }
}
