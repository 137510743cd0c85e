package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects one session tracks and the sets each belongs to: every {@link InstanceState} by
 * object, the identity map of the persistent ones by {@link IdentityKey}, and the pending and
 * to-be-deleted sets in the order objects joined them (SQLAlchemy's {@code identity_map},
 * {@code Session.new} and {@code Session.deleted}). The moves between the sets live here so that
 * they stay in step with each state's {@link ObjectState}; the session decides when to make them.
 * It also answers what the session knows of one object: its state, identity and changes.
 */
final class SessionObjects {
    private final TrackedStates states = new TrackedStates();
    private final IdentityMap identityMap = new IdentityMap();
    private final Set<InstanceState> pending = new LinkedHashSet<>();
    private final Set<InstanceState> toDelete = new LinkedHashSet<>();
    /** Objects whose relationships or collections changed since the last flush (reported by events). */
    private final List<InstanceState> relationshipsTouched = new ArrayList<>();
    /** Enhanced objects with a column set since the last flush, in the order of their first change. */
    private final List<InstanceState> changed = new ArrayList<>();
    /** How many tracked objects are not enhanced: while none is, a flush looks only at {@link #changed}. */
    private int plain;

    /** The state of an object this session tracks (in any state), or {@code null}. */
    InstanceState state(Object object) {
        return states.get(object);
    }

    boolean tracks(Object object) {
        return states.get(object) != null;
    }

    /** Whether this session tracks the state itself: asks the state only, not its object (one memory access fewer per object a stream lets go). */
    boolean tracksState(InstanceState state) {
        return state.tracker == states;
    }

    /**
     * The tracked states whose class has relationships and which a flush's cascade and relationship
     * passes must look at, in a new list (the passes may add objects while they do). While every
     * held object is enhanced, only pending ones, ones marked for deletion and ones whose
     * relationships reported a change can have anything to cascade or write; otherwise all of them.
     */
    List<InstanceState> withRelationships() {
        List<InstanceState> found = new ArrayList<>();
        if (plain > 0) {
            for (InstanceState state : states) {
                if (!state.mapper.relationships().isEmpty()) {
                    found.add(state);
                }
            }
            return found;
        }
        Set<InstanceState> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Collection<InstanceState> group : List.of(pending, toDelete, relationshipsTouched)) {
            for (InstanceState state : group) {
                if (!state.mapper.relationships().isEmpty() && state.tracker == states && seen.add(state)) {
                    found.add(state);
                }
            }
        }
        return found;
    }

    /** A relationship or collection of the state changed: the next flush looks at it. */
    void relationshipsTouched(InstanceState state) {
        if (!state.relationshipsTouched) {
            state.relationshipsTouched = true;
            relationshipsTouched.add(state);
        }
    }

    IdentityMap identityMap() {
        return identityMap;
    }

    /**
     * Makes room in the identity map and the tracked states for what a result of {@code rows} rows
     * is about to load, an object of each of {@code mappers} per row (none when {@code rows} is
     * unknown, -1: a streamed result).
     */
    void reserve(List<Mapper<?>> mappers, int rows) {
        long objects = (long) rows * mappers.size();
        if (rows > 0) {
            mappers.forEach(mapper -> identityMap.reserve(mapper.identityClass(), rows));
        }
        // as the identity tables: only for a result at least as large as what is held
        if (rows > 0 && objects >= states.size() && objects <= Integer.MAX_VALUE / 2) {
            states.reserve((int) objects);
        }
    }

    // ---- moves between the sets ---------------------------------------------------------------

    void addPending(InstanceState state) {
        track(state);
        pending.add(state);
    }

    void loaded(InstanceState state) {
        track(state);
        identityMap.put(state);
    }

    private void track(InstanceState state) {
        states.add(state);
        if (!state.enhanced) {
            plain++;
        }
    }

    private InstanceState untrack(Object object) {
        InstanceState removed = states.remove(object);
        if (removed != null && !removed.enhanced) {
            plain--;
        }
        if (removed != null && removed.changed) {
            // its reported change leaves with it: another session may take the object (and this one must not write it)
            changed.remove(removed);
            removed.changed = false;
        }
        return removed;
    }

    /** Whether any tracked object is of an enhanced class (lazy loads then autoflush). */
    boolean holdsEnhanced() {
        return states.size() > plain;
    }

    /**
     * Whether a flush could only find what the session was told: every held object is enhanced (and
     * so reports its changes), none is pending or marked for deletion, and none reported a column change.
     */
    boolean quiet() {
        return plain == 0 && nothingPending() && changed.isEmpty();
    }

    /** An enhanced persistent object had a column set: the next flush looks at it. */
    void changed(InstanceState state) {
        changed.add(state);
    }

    /** How many changes {@link #changed} recorded so far, for {@link #changedFrom}. */
    int changedCount() {
        return changed.size();
    }

    /** The enhanced persistent objects not marked for deletion that changed since {@code count} changes were recorded. */
    List<InstanceState> changedFrom(int count) {
        List<InstanceState> found = new ArrayList<>();
        for (int i = count; i < changed.size(); i++) {
            InstanceState state = changed.get(i);
            if (state.state == ObjectState.PERSISTENT && !isMarkedForDeletion(state)) {
                found.add(state);
            }
        }
        return found;
    }

    void becamePersistent(InstanceState state) {
        IdentityKey key = state.mapper.identityOf(state.object);
        if (key == null) {
            // as SQLAlchemy's FlushError: an object the session cannot find again must not become persistent
            throw new InvalidRequestError("Instance " + state.mapper.entityClass().getSimpleName() + " has a NULL"
                    + " identity key after its INSERT: primary key " + state.mapper.primaryKey().stream()
                    .map(ColumnProperty::name).toList() + " was neither set in Java nor generated by the database"
                    + " and returned (autoincrement); a server default on a primary key is not read back");
        }
        state.key(key);
        state.state = ObjectState.PERSISTENT;
        state.takeSnapshot();
        identityMap.put(state);
    }

    /** A deleted object whose deletion a rollback undid: persistent again, back in the identity map. */
    void undeleted(InstanceState state) {
        state.state = ObjectState.PERSISTENT;
        identityMap.put(state);
    }

    void becameDeleted(InstanceState state) {
        state.state = ObjectState.DELETED;
        identityMap.remove(state);
    }

    /** An object whose row a bulk DELETE removed: deleted now, detached at commit. */
    void bulkDeleted(InstanceState state) {
        toDelete.remove(state);
        becameDeleted(state);
    }

    boolean isMarkedForDeletion(InstanceState state) {
        return !toDelete.isEmpty() && toDelete.contains(state);
    }

    void markForDeletion(InstanceState state) {
        toDelete.add(state);
    }

    void unmarkForDeletion(InstanceState state) {
        toDelete.remove(state);
    }

    List<InstanceState> markedForDeletion() {
        return List.copyOf(toDelete);
    }

    /** Stops tracking the object; its state is left as it was, for {@link #detach} to settle. */
    InstanceState remove(Object object) {
        return untrack(object);
    }

    /** Stops tracking the state: a pending one becomes transient, a persistent one detached. */
    void forget(InstanceState state) {
        untrack(state.object);
        detach(state);
    }

    void forgetPending() {
        for (InstanceState state : new ArrayList<>(pending)) {
            forget(state);
        }
    }

    void detach(InstanceState state) {
        // empty sets are not asked: hashing a state installs an identity hash in it, once per
        // object a streamed query lets go
        if (!pending.isEmpty()) {
            pending.remove(state);
        }
        if (!toDelete.isEmpty()) {
            toDelete.remove(state);
        }
        if (state.identity != null) {
            identityMap.remove(state);
        }
        state.state = state.identity == null ? ObjectState.TRANSIENT : ObjectState.DETACHED;
    }

    /**
     * {@link #detach} of every state at once: every pending, to-be-deleted and identity-mapped
     * state is one of {@code states}, so the collections are cleared instead of removed from one
     * state at a time.
     */
    void detachAll() {
        states.clear(state -> state.state = state.identity == null ? ObjectState.TRANSIENT : ObjectState.DETACHED);
        pending.clear();
        toDelete.clear();
        identityMap.clear();
        plain = 0;
        clearChanged();
        clearRelationshipsTouched();
    }

    /** After a commit: deleted objects are detached, the others expired when {@code expire}. */
    void committed(boolean expire) {
        // one pass: the deleted leave, the others are expired as they are passed
        states.removeIf(state -> {
            if (state.state == ObjectState.DELETED) {
                plain -= state.enhanced ? 0 : 1;
                state.state = ObjectState.DETACHED;
                return true;
            }
            if (expire) {
                state.expire();
            }
            return false;
        });
    }

    // ---- what a flush writes ------------------------------------------------------------------

    /** How many objects the session tracks, in any state. */
    int size() {
        return states.size();
    }

    boolean nothingPending() {
        return pending.isEmpty() && toDelete.isEmpty();
    }

    boolean noneModified() {
        // a loop, not a stream: it runs once per flush, too seldom to be compiled well
        boolean all = plain > 0;
        for (InstanceState s : all ? states : changed) {
            if (s.state == ObjectState.PERSISTENT && (!all || !s.enhanced || s.changed) && s.isModified()) {
                return false;
            }
        }
        return true;
    }

    List<InstanceState> pendingList() {
        return List.copyOf(pending);
    }

    /**
     * The persistent objects not marked for deletion a flush may have to update: every one that is
     * not enhanced, and the enhanced ones that reported a change (no other enhanced object can have one).
     */
    List<InstanceState> persistentNotDeleted() {
        if (plain == 0) {
            return changedFrom(0);
        }
        return stream().filter(s -> s.state == ObjectState.PERSISTENT && (!s.enhanced || s.changed)
                && !isMarkedForDeletion(s)).toList();
    }

    /** After a flush: what was written is now the database's, and nothing is pending or to delete. */
    void flushed(List<InstanceState> persistent) {
        for (InstanceState state : persistent) {
            if (!state.snapshotOnWrite) {
                state.takeSnapshot();
            }
        }
        for (InstanceState state : changed) {
            if (state.state == ObjectState.PERSISTENT && !state.snapshotOnWrite) {
                state.takeSnapshot(); // changed during the flush (a foreign key filled in), after `persistent` was listed
            }
        }
        withRelationships().forEach(InstanceState::takeRelationshipSnapshot);
        pending.clear();
        toDelete.clear();
        clearRelationshipsTouched();
        for (InstanceState state : changed) {
            state.changed = false;
            if (state.snapshotOnWrite && state.state == ObjectState.PERSISTENT) {
                state.snapshot = null; // written: the fields hold what the database does, until the next write
            }
        }
        changed.clear();
    }

    private void clearRelationshipsTouched() {
        for (InstanceState state : relationshipsTouched) {
            state.relationshipsTouched = false;
        }
        relationshipsTouched.clear();
    }

    private void clearChanged() {
        for (InstanceState state : changed) {
            state.changed = false;
        }
        changed.clear();
    }

    private java.util.stream.Stream<InstanceState> stream() {
        return java.util.stream.StreamSupport.stream(states.spliterator(), false);
    }

    // ---- inspection ---------------------------------------------------------------------------

    /** Whether the object is pending or persistent here. */
    boolean contains(Object object) {
        InstanceState state = states.get(object);
        return state != null && (state.state == ObjectState.PENDING || state.state == ObjectState.PERSISTENT);
    }

    /**
     * Whether a persistent object has unflushed changes, in a column or a relationship (as
     * SQLAlchemy's {@code is_modified} counts collections and references); a pending one always has.
     */
    boolean isModified(Object object) {
        InstanceState state = states.get(object);
        return state != null && (state.state == ObjectState.PENDING || state.hasChanges());
    }

    ObjectState stateOf(Object object) {
        InstanceState state = states.get(object);
        return state == null ? ObjectState.TRANSIENT : state.state;
    }

    IdentityKey identityOf(Object object) {
        InstanceState state = states.get(object);
        return state == null ? null : state.key();
    }

    List<String> modifiedAttributes(Object object) {
        InstanceState state = states.get(object);
        return state == null ? List.of() : state.modified().stream().map(ColumnProperty::name).toList();
    }

    List<Object> newObjects() {
        return pending.stream().map(s -> s.object).toList();
    }

    List<Object> dirty() {
        return stream().filter(s -> s.state == ObjectState.PERSISTENT && !isMarkedForDeletion(s)
                && s.hasChanges()).map(s -> s.object).toList();
    }

    List<Object> deleted() {
        return toDelete.stream().map(s -> s.object).toList();
    }
}
