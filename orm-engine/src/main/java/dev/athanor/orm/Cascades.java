package dev.athanor.orm;

import dev.athanor.orm.internal.Instrumented;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Walks relationships for a session's cascades, as SQLAlchemy's {@code cascade=} options say:
 * save-update when an object is added and again at flush (anything reachable joins the session),
 * delete and delete-orphan at flush, expunge and refresh-expire when the parent is expunged,
 * refreshed or expired. Only loaded relationships are walked, except that a delete loads an
 * unloaded collection first (unless {@code passiveDeletes}), because its children must be deleted
 * or have their foreign key nulled.
 */
final class Cascades {
    private final TrackingSession session;
    private final CollectionEvents events;

    Cascades(TrackingSession session, CollectionEvents events) {
        this.session = session;
        this.events = events;
    }

    /**
     * An object just joined the session: its collections become tracked ones, the other side of
     * each backPopulates pair is set for the members it holds, and save-update brings them in.
     */
    void added(InstanceState state) {
        for (RelationshipProperty relationship : state.mapper.relationships()) {
            if (!state.loaded[relationship.index()]) {
                continue;
            }
            Object value = relationship.get(state.object);
            if (relationship.isCollection() && !TrackedCollections.isTracked(value, state)) {
                Collection<?> members = value == null ? List.of() : (Collection<?>) value;
                relationship.set(state.object, TrackedCollections.adopt(state, relationship, members));
            }
            for (Object member : state.members(relationship)) {
                events.appended(state, relationship, member);
            }
        }
    }

    /** Before a flush: every object reachable through save-update relationships joins the session. */
    void saveUpdateAll() {
        if (!session.registry().hasRelationships()) {
            return;
        }
        for (InstanceState state : session.objects().withRelationships()) {
            if (!state.attached()) {
                continue;
            }
            for (RelationshipProperty relationship : state.mapper.relationships()) {
                if (state.loaded[relationship.index()] && relationship.cascades(CascadeOption.SAVE_UPDATE)
                        && !relationship.viewOnly() && !state.collectionUnchanged(relationship)) {
                    for (Object member : state.members(relationship)) {
                        if (session.trackedState(member) == null) {
                            session.add(member);
                        }
                    }
                }
            }
        }
    }

    /**
     * Before a flush: children removed from a delete-orphan collection are marked deleted, and the
     * delete cascade marks the children of every deleted object, depth first, loading collections
     * that are not loaded unless {@code passiveDeletes}.
     */
    void deletesAndOrphans() {
        if (!session.registry().hasRelationships()) {
            return;
        }
        SessionObjects objects = session.objects();
        for (InstanceState state : objects.withRelationships()) {
            if (state.state == ObjectState.PERSISTENT && !objects.isMarkedForDeletion(state)) {
                markOrphans(state);
            }
        }
        Deque<InstanceState> work = new ArrayDeque<>(objects.markedForDeletion());
        while (!work.isEmpty()) {
            InstanceState deleted = work.pop();
            for (RelationshipProperty relationship : deleted.mapper.relationships()) {
                if (!relationship.cascades(CascadeOption.DELETE) || relationship.viewOnly()) {
                    continue;
                }
                for (Object child : related(deleted, relationship)) {
                    InstanceState childState = session.trackedState(child);
                    if (childState != null && childState.state == ObjectState.PERSISTENT
                            && !objects.isMarkedForDeletion(childState)) {
                        objects.markForDeletion(childState);
                        work.push(childState);
                    } else if (childState != null && childState.state == ObjectState.PENDING) {
                        session.expunge(child);
                    }
                }
            }
        }
    }

    private void markOrphans(InstanceState state) {
        for (RelationshipProperty relationship : state.mapper.relationships()) {
            if (!relationship.cascades(CascadeOption.DELETE_ORPHAN) || !state.loaded[relationship.index()]
                    || relationship.kind() != RelationshipKind.ONE_TO_MANY || state.collectionUnchanged(relationship)) {
                continue;
            }
            List<Object> current = state.members(relationship);
            for (Object former : state.committedMembers(relationship)) {
                if (containsIdentity(current, former) || hasOtherParent(relationship, former, state.object)) {
                    continue;
                }
                InstanceState orphan = session.trackedState(former);
                SessionObjects objects = session.objects();
                if (orphan != null && orphan.state == ObjectState.PERSISTENT && !objects.isMarkedForDeletion(orphan)) {
                    objects.markForDeletion(orphan);
                    markOrphans(orphan); // a removed subtree: its own children go with it
                }
            }
        }
    }

    /** Whether a removed child was given another parent (through backPopulates) meanwhile. */
    private static boolean hasOtherParent(RelationshipProperty relationship, Object child, Object parent) {
        RelationshipProperty back = relationship.backPopulates();
        if (back == null || back.isCollection()) {
            return false;
        }
        Object now = back.get(child);
        return now != null && now != parent;
    }

    /** The related objects of an object, loading the relationship first when it is not loaded. */
    List<Object> related(InstanceState state, RelationshipProperty relationship) {
        if (!state.loaded[relationship.index()]) {
            if (relationship.passiveDeletes() || state.state != ObjectState.PERSISTENT) {
                return List.of();
            }
            session.relationshipLoader().loadForFlush(state, relationship);
        }
        return state.members(relationship);
    }

    /** Objects to pass an expunge, refresh or expire on to: loaded relationships with {@code option}. */
    List<Object> cascadeTargets(InstanceState state, CascadeOption option) {
        List<Object> targets = new ArrayList<>();
        for (RelationshipProperty relationship : state.mapper.relationships()) {
            if (relationship.cascades(option) && state.loaded[relationship.index()]) {
                targets.addAll(state.members(relationship));
            }
        }
        return targets;
    }

    /**
     * {@code session.merge(object)}: the persistent copy of the object, and through relationships
     * with the merge cascade, of the objects it references; {@code merged} maps each source object
     * to its copy so a graph with cycles (both sides of a backPopulates pair) is merged once.
     */
    @SuppressWarnings("unchecked")
    <T> T merge(T object, Map<Object, Object> merged) {
        if (session.contains(object)) {
            return object;
        }
        Object done = merged.get(object);
        if (done != null) {
            return (T) done;
        }
        T target = mergeColumns(object, merged);
        InstanceState targetState = session.trackedState(target);
        InstanceState sourceState = object instanceof Instrumented instrumented
                && instrumented.athanor$state() instanceof InstanceState state ? state : null;
        for (RelationshipProperty relationship : targetState.mapper.relationships()) {
            if (!relationship.cascades(CascadeOption.MERGE)
                    || sourceState != null && !sourceState.loaded[relationship.index()]) {
                continue; // an unloaded attribute of the source carries no value to merge
            }
            if (!targetState.loaded[relationship.index()] && targetState.state == ObjectState.PERSISTENT) {
                session.relationshipLoader().loadForFlush(targetState, relationship); // what the database holds, for the diff
            }
            Object value = relationship.get(object);
            if (relationship.isCollection()) {
                List<Object> copies = new ArrayList<>();
                for (Object member : value == null ? List.of() : (Collection<?>) value) {
                    copies.add(merge(member, merged));
                }
                relationship.set(target, TrackedCollections.adopt(targetState, relationship, copies));
            } else {
                relationship.set(target, value == null ? null : merge(value, merged));
            }
            targetState.loaded[relationship.index()] = true;
            session.relationshipChanged(targetState);
        }
        return target;
    }

    /** Merges one object's columns: the persistent copy (loaded, or a new pending one) with the source's values. */
    private <T> T mergeColumns(T object, Map<Object, Object> merged) {
        @SuppressWarnings("unchecked")
        Mapper<T> mapper = (Mapper<T>) session.registry().mapper(object.getClass());
        IdentityKey key = mapper.identityOf(object);
        T target = key == null ? null : session.get(mapper.entityClass(), key.values());
        if (target == null) {
            target = mapper.newInstance();
            session.add(target);
        }
        merged.put(object, target);
        for (ColumnProperty property : mapper.columns()) {
            property.set(target, property.get(object));
        }
        return target;
    }

    static boolean containsIdentity(Collection<?> members, Object candidate) {
        for (Object member : members) {
            if (member == candidate) {
                return true;
            }
        }
        return false;
    }
}
