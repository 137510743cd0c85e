package dev.athanor.orm;

import dev.athanor.orm.internal.MemberObserver;
import dev.athanor.orm.internal.ObservedCollection;
import java.util.Collection;
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
        return ObservedCollection.of(relationship.collectionType() == Set.class, members, new Tracking(owner, relationship));
    }

    /**
     * A tracked collection, in the same order, for members the user (or a merge) put into the field,
     * which may differ from the snapshot: it counts as changed, and the owner's session is told, so
     * the next flush compares its members (a {@link #wrap wrapped} one would be skipped as unchanged).
     */
    static Collection<Object> adopt(InstanceState owner, RelationshipProperty relationship, Collection<?> members) {
        Collection<Object> tracked = wrap(owner, relationship, members);
        trackingOf(tracked, owner).record();
        return tracked;
    }

    /**
     * Whether {@code value} is the collection the session installed for {@code owner} and nothing
     * changed it since its members were last taken as the database's: a flush can then skip it
     * without comparing members (a parent with thousands of children costs nothing when unchanged).
     */
    static boolean unchanged(Object value, InstanceState owner) {
        Tracking tracking = trackingOf(value, owner);
        return tracking != null && tracking.made == tracking.seen;
    }

    /** Records that the owner's snapshot now holds this collection's members. */
    static void snapshotTaken(Object value, InstanceState owner) {
        Tracking tracking = trackingOf(value, owner);
        if (tracking != null) {
            tracking.seen = tracking.made;
        }
    }

    /** Whether the collection is one the session installed for this owner. */
    static boolean isTracked(Object collection, InstanceState owner) {
        return trackingOf(collection, owner) != null;
    }

    /** Adds without events (the other side of a backPopulates pair). */
    static void addQuietly(Collection<Object> collection, Object member) {
        if (collection.contains(member)) {
            return;
        }
        if (trackingOf(collection) != null) {
            ((ObservedCollection) collection).addSilently(member);
            trackingOf(collection).record();
        } else {
            collection.add(member);
        }
    }

    /** Removes without events. */
    static void removeQuietly(Collection<Object> collection, Object member) {
        if (trackingOf(collection) == null) {
            collection.remove(member);
        } else if (((ObservedCollection) collection).removeSilently(member)) {
            trackingOf(collection).record();
        }
    }

    private static Tracking trackingOf(Object value, InstanceState owner) {
        Tracking tracking = trackingOf(value);
        return tracking != null && tracking.owner == owner ? tracking : null;
    }

    private static Tracking trackingOf(Object value) {
        return value instanceof ObservedCollection observed && observed.observer() instanceof Tracking tracking
                ? tracking : null;
    }

    /**
     * What a session's collection reports: each member added or removed to {@link CollectionEvents},
     * and how many times the collection was changed, and how many of those its owner's snapshot has seen.
     */
    private static final class Tracking implements MemberObserver {
        private final InstanceState owner;
        private final RelationshipProperty relationship;
        int made;
        int seen;

        Tracking(InstanceState owner, RelationshipProperty relationship) {
            this.owner = owner;
            this.relationship = relationship;
        }

        /** One more change, which the owner's session must flush before its next lazy load. */
        void record() {
            made++;
            if (owner.session != null) {
                owner.session.relationshipChanged(owner);
            }
        }

        @Override
        public void added(Object member) {
            record();
            if (owner.session != null) {
                owner.session.collectionEvents().appended(owner, relationship, member);
            }
        }

        @Override
        public void removed(Object member) {
            record();
            if (owner.session != null) {
                owner.session.collectionEvents().removed(owner, relationship, member);
            }
        }
    }
}
