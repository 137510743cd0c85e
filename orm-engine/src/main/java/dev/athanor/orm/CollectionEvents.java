package dev.athanor.orm;

import java.util.ArrayList;
import java.util.Collection;

/**
 * What a session does the moment a relationship changes in memory (a member appended to or removed
 * from a tracked collection, a many-to-one setter of a loaded object): it keeps the
 * {@code backPopulates} side in step, and cascades a new related object into the session
 * (save-update). Nothing is written here; the flush compares relationships with their committed
 * members. A side that is not loaded is not loaded to be changed (see {@link #loadedForChange}).
 *
 * <p>Limit: a setter of an object created with {@code new} from a class that is not enhanced is
 * plain Java, so {@code book.setAuthor(author)} on such an object does not add the book to
 * {@code author.getBooks()} before the flush; the flush still writes the foreign key from it, and
 * appending to the collection side ({@code author.getBooks().add(book)}) does set
 * {@code book.author} once the author is in a session.
 */
final class CollectionEvents {
    private final TrackingSession session;

    CollectionEvents(TrackingSession session) {
        this.session = session;
    }

    void appended(InstanceState owner, RelationshipProperty relationship, Object member) {
        if (member == null) {
            return;
        }
        if (relationship.backPopulates() != null) {
            link(owner.object, relationship.backPopulates(), member);
        }
        cascade(owner, relationship, member);
    }

    void removed(InstanceState owner, RelationshipProperty relationship, Object member) {
        if (member != null && relationship.backPopulates() != null) {
            unlink(owner.object, relationship.backPopulates(), member);
        }
    }

    /** A many-to-one (or one-to-one) setter is about to store {@code value}. */
    void scalarSet(InstanceState owner, RelationshipProperty relationship, Object value) {
        if (!owner.loaded[relationship.index()] && relationship.backPopulates() != null && owner.attached()
                && owner.state == ObjectState.PERSISTENT) {
            // the previous value must leave the other side's collection; a held target costs no SQL
            session.relationshipLoader().loadForFlush(owner, relationship);
        }
        Object previous = owner.loaded[relationship.index()] ? relationship.get(owner.object) : null;
        if (previous == value) {
            return;
        }
        RelationshipProperty back = relationship.backPopulates();
        if (back != null) {
            if (previous != null) {
                unlink(owner.object, back, previous);
            }
            if (value != null) {
                link(owner.object, back, value);
            }
        }
        if (value != null) {
            cascade(owner, relationship, value);
        }
    }

    /** Makes {@code back} on {@code member} include (or point at) {@code owner}. */
    @SuppressWarnings("unchecked")
    private void link(Object owner, RelationshipProperty back, Object member) {
        InstanceState memberState = session.trackedState(member);
        if (!loadedForChange(memberState, back, owner, true)) {
            return;
        }
        if (back.isCollection()) {
            Collection<Object> members = (Collection<Object>) back.get(member);
            if (members == null) {
                members = memberState != null ? TrackedCollections.wrap(memberState, back, new ArrayList<>())
                        : new ArrayList<>();
                back.set(member, members);
                touched(memberState);
            }
            TrackedCollections.addQuietly(members, owner);
            return;
        }
        Object previous = back.get(member);
        if (previous == owner) {
            return;
        }
        if (previous != null && back.backPopulates() != null) {
            // the member moves to another parent: it leaves the previous parent's collection
            unlinkFrom(previous, back.backPopulates(), member);
        }
        back.set(member, owner);
        touched(memberState);
    }

    /** Makes {@code back} on {@code member} no longer include (or point at) {@code owner}. */
    private void unlink(Object owner, RelationshipProperty back, Object member) {
        InstanceState memberState = session.trackedState(member);
        if (!loadedForChange(memberState, back, owner, false)) {
            return;
        }
        if (back.isCollection()) {
            unlinkFrom(member, back, owner);
        } else if (back.get(member) == owner) {
            back.set(member, null);
            touched(memberState);
        }
    }

    @SuppressWarnings("unchecked")
    private void unlinkFrom(Object holder, RelationshipProperty relationship, Object member) {
        InstanceState holderState = session.trackedState(holder);
        if (!loadedForChange(holderState, relationship, member, false)) {
            return;
        }
        Object value = relationship.get(holder);
        if (value instanceof Collection<?> collection) {
            TrackedCollections.removeQuietly((Collection<Object>) collection, member);
        } else if (value == member) {
            relationship.set(holder, null);
            touched(holderState);
        }
    }

    /** A relationship of a held object was set as the other side of a pair: its session's next flush looks at it. */
    private void touched(InstanceState state) {
        if (state != null && state.session == session) {
            session.relationshipChanged(state);
        }
    }

    /**
     * Whether the other side may be changed in memory now. An unloaded side is not loaded with SQL
     * to change it (SQLAlchemy's passive no-fetch backref events): a collection queues the change
     * for when it loads ({@link PendingCollection}); a many-to-one takes its target from the
     * identity map when held (so that target's collection can lose the member), else counts as
     * loaded with no known target, the value set next being a change for the flush; a one-to-one
     * is left to load from the database after the flush has written the link.
     */
    private boolean loadedForChange(InstanceState state, RelationshipProperty relationship, Object member, boolean added) {
        if (state == null || state.loaded[relationship.index()]) {
            return true;
        }
        if (relationship.isCollection()) {
            state.queueCollectionChange(relationship, member, added);
            return false;
        }
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            return false;
        }
        InstanceState held = state.expired ? null : session.relationshipLoader().heldTarget(state, relationship);
        if (held != null) {
            session.relationshipLoader().populate(state, relationship, held.object);
        } else {
            state.loaded[relationship.index()] = true;
        }
        return true;
    }

    private void cascade(InstanceState owner, RelationshipProperty relationship, Object member) {
        if (owner.attached() && relationship.cascades(CascadeOption.SAVE_UPDATE) && !relationship.viewOnly()
                && session.trackedState(member) == null) {
            session.add(member);
        }
    }
}
