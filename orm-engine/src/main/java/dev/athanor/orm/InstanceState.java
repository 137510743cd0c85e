package dev.athanor.orm;

import dev.athanor.exc.DetachedInstanceError;
import dev.athanor.orm.internal.AttributeHook;
import dev.athanor.orm.internal.Enhanced;
import dev.athanor.orm.internal.Instrumented;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a session knows about one object: its mapper, state, identity, and the snapshot of its
 * column values as last loaded from or written to the database, which dirty checking compares
 * against and rollback restores.
 *
 * <p>For relationships it records which are loaded and, for each, the related objects as of the
 * last load or flush ({@link #committed}), which the flush compares with the field to find
 * added and removed members. Loaded objects (instances of the generated subclass) start with no
 * relationship loaded; their getters call {@link #beforeGet}. Objects the user created are never
 * intercepted, so their relationship fields count as loaded: whatever the user put there is the value.
 */
final class InstanceState implements AttributeHook {
    /** The committed value of a relationship the session never loaded (any value set since is a change). */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "UNKNOWN";
        }
    };

    private static final boolean[] NO_FLAGS = {};
    private static final Object[] NO_VALUES = {};

    final Object object;
    final Mapper<?> mapper;
    ObjectState state;
    /**
     * The identity of a persistent or detached object as the {@link IdentityMap} keys it: the
     * primary-key value for a single-column key, the {@link IdentityKey} for a composite one;
     * {@code null} while pending or transient. Read as a key through {@link #key()}.
     */
    Object identity;
    /**
     * Column values as the database holds them, by property index; {@code null} while pending and,
     * for an object that {@link #snapshotOnWrite takes its snapshot on write}, while no column
     * changed since the last load or flush (the fields then are what the database holds). Read it
     * through {@link #committedValue}.
     */
    Object[] snapshot;
    /** Set by commit with expireOnCommit: the next load of the row overwrites the fields. */
    boolean expired;
    /** The session tracking the object; kept after detaching so errors can say what happened. */
    TrackingSession session;
    /** Per relationship index: whether the field holds the loaded value. */
    final boolean[] loaded;
    /** Per relationship index: the related object, or a List of the members, as last loaded or flushed. */
    final Object[] committed;
    /** Per column property index: left out by a query's defer/loadOnly, loaded on first access; {@code null}: none. */
    boolean[] unloadedColumns;
    /** Per relationship index: a loading strategy a query option chose for this object, else {@code null}. */
    Lazy[] strategies;
    /** Whether the object is instrumented (enhanced, or the runtime subclass): kept so a walk over states need not touch each object. */
    private final boolean instrumented;
    /** Whether the class was enhanced at build time: its writes report themselves, so flushes visit only changed objects. */
    final boolean enhanced;
    /** Enhanced objects: a column was set since the last flush (the session lists the object among the changed). */
    boolean changed;
    /** A relationship or collection of the object changed since the last flush (the session lists it for the flush). */
    boolean relationshipsTouched;
    /**
     * Enhanced classes without mutable (JSON) columns: no snapshot is kept at load or flush, only at
     * the first write after either, of the values the fields held just before it, as SQLAlchemy
     * keeps a committed value only for an attribute that changed. Loading 500k rows kept an array
     * per row that nothing read.
     */
    final boolean snapshotOnWrite;
    /** The session's set of states that tracks this one, or {@code null} (see {@link TrackedStates}). */
    TrackedStates tracker;
    /** The listing of a {@link TrackedStates} whose list still holds this state (it may have stopped tracking it). */
    Object listedIn;
    /** Where in {@link #listedIn}'s list this state's entry is. */
    int listedAt;
    /** Per relationship index: changes queued while the collection is not loaded; {@code null}: none queued. */
    private PendingCollection[] pendingCollections;
    /** The innermost transaction level that remembered what this object was before it wrote it, or {@code null}. */
    SessionTransaction rememberedIn;

    InstanceState(Object object, Mapper<?> mapper, ObjectState state) {
        this(object, mapper, state, object instanceof Instrumented, object instanceof Enhanced);
    }

    /**
     * The state of an object the loader just made with {@link Mapper#newLoadedInstance()}: enhanced
     * when its class is (then also instrumented, with no type test), else instrumented when the
     * mapper could subclass it.
     */
    static InstanceState loaded(Object object, Mapper<?> mapper) {
        boolean enhanced = mapper.isEnhanced();
        return new InstanceState(object, mapper, ObjectState.PERSISTENT, enhanced || object instanceof Instrumented,
                enhanced);
    }

    private InstanceState(Object object, Mapper<?> mapper, ObjectState state, boolean instrumented, boolean enhanced) {
        this.object = object;
        this.mapper = mapper;
        this.state = state;
        int relationships = mapper.relationships().size();
        this.instrumented = instrumented;
        this.enhanced = enhanced;
        this.snapshotOnWrite = enhanced && mapper.snapshotsOnWrite();
        // most classes have no relationships: share the empty arrays rather than allocate two per object
        this.loaded = relationships == 0 ? NO_FLAGS : new boolean[relationships];
        this.committed = relationships == 0 ? NO_VALUES : mapper.unknownRelationships().clone();
        if (relationships > 0 && (!instrumented || state == ObjectState.PENDING)) {
            // an object the user made holds whatever the user put there; a loaded one loads on first access
            for (RelationshipProperty relationship : mapper.relationships()) {
                // a write-only collection is never loaded: cascades and the flush leave it alone
                loaded[relationship.index()] = relationship.lazy() != Lazy.WRITE_ONLY;
            }
        }
        if (instrumented) {
            ((Instrumented) object).athanor$state(this);
        }
    }

    /** Marks columns a query left out: their getters load them (all such columns at once) on first access. */
    void deferColumns(java.util.Set<ColumnProperty> columns) {
        if (unloadedColumns == null) {
            unloadedColumns = new boolean[mapper.columns().size()];
        }
        columns.forEach(column -> unloadedColumns[column.index()] = true);
    }

    /** The object's identity key, or {@code null} while it has none (made on each call: few ask). */
    IdentityKey key() {
        return identity == null ? null
                : identity instanceof IdentityKey key ? key : new IdentityKey(mapper.identityClass(), identity);
    }

    /** Sets the identity from a key, or clears it with {@code null}. */
    void key(IdentityKey key) {
        identity = key == null ? null : IdentityMap.raw(key);
    }

    /** Whether the object is an instance of the generated subclass, whose getters load. */
    boolean isInstrumented() {
        return instrumented;
    }

    /** The strategy for loading a relationship of this object: a query option's, else the mapping's. */
    Lazy strategy(RelationshipProperty relationship) {
        Lazy chosen = strategies == null ? null : strategies[relationship.index()];
        return chosen == null ? relationship.lazy() : chosen;
    }

    @Override
    public void beforeGet(int relationshipIndex) {
        if (relationshipIndex < 0) {
            if (expired && attached()) {
                session.beforeLazyLoad(object, relationshipIndex <= -2
                        ? mapper.columns().get(-2 - relationshipIndex).name() : null, LazyLoadGuard.Load.EXPIRED);
                session.refreshExpired(this);
            } else if (relationshipIndex <= -2 && unloadedColumns != null && unloadedColumns[-2 - relationshipIndex]) {
                ColumnProperty column = mapper.columns().get(-2 - relationshipIndex);
                session.beforeLazyLoad(object, column.name(), LazyLoadGuard.Load.DEFERRED);
                DeferredColumns.load(this, column);
            }
            return;
        }
        if (loaded[relationshipIndex]) {
            return;
        }
        RelationshipProperty relationship = mapper.relationships().get(relationshipIndex);
        if (!attached()) {
            throw new DetachedInstanceError("Parent instance " + describe() + " is not bound to a Session (it was "
                    + (session == null ? "never in one" : session.isClosed() ? "in a session that is closed" : "expunged")
                    + "); lazy load of attribute '" + relationship.name() + "' (" + relationship.qualifiedName()
                    + ") cannot proceed. Load it before the session ends (selectinLoad/joinedLoad) or merge the object"
                    + " into an open session");
        }
        session.beforeLazyLoad(object, relationship.name(), LazyLoadGuard.Load.RELATIONSHIP);
        session.relationshipLoader().load(this, relationship);
    }

    @Override
    public void beforeSet(int relationshipIndex, Object value) {
        RelationshipProperty relationship = mapper.relationships().get(relationshipIndex);
        if (session != null) {
            session.collectionEvents().scalarSet(this, relationship, value);
        }
        loaded[relationshipIndex] = true;
    }

    @Override
    public boolean beforeWrite(String attribute, Object value) {
        if (!attached()) {
            keepCommittedValues(); // a detached object added again must still know what changed
            return false;
        }
        int code = mapper.attributeCode(attribute);
        if (code >= 0) {
            RelationshipProperty relationship = mapper.relationships().get(code);
            if (relationship.isCollection()) {
                collectionAssigned(relationship, value);
            } else {
                beforeSet(code, value);
            }
            // after the handlers, which may load (and so flush) first: the write that follows is unflushed
            session.relationshipChanged(this);
        } else if (code != Mapper.NOT_MAPPED) {
            columnChanged();
        }
        return true;
    }

    /**
     * A column of an enhanced object is about to be set: the session's next flush looks at this
     * object, and an object without a snapshot takes one now, before the write.
     */
    void columnChanged() {
        if (!changed && state == ObjectState.PERSISTENT && attached()) {
            keepCommittedValues();
            changed = true;
            session.objects().changed(this);
        }
    }

    /** Before the first write since the last load or flush: an object without a snapshot takes one of the fields as they are. */
    private void keepCommittedValues() {
        if (snapshot == null && snapshotOnWrite && identity != null && state != ObjectState.PENDING
                && state != ObjectState.TRANSIENT) {
            takeSnapshot(currentValues());
        }
    }

    /**
     * A collection field is given a new collection: members that left lose their {@code backPopulates}
     * side, new ones gain it and cascade into the session (the previous members are loaded first).
     */
    private void collectionAssigned(RelationshipProperty relationship, Object value) {
        int index = relationship.index();
        if (!loaded[index] && state == ObjectState.PERSISTENT && relationship.lazy() != Lazy.WRITE_ONLY) {
            session.relationshipLoader().load(this, relationship);
        }
        List<Object> before = loaded[index] ? members(relationship) : List.of();
        loaded[index] = true;
        Collection<?> after = value instanceof Collection<?> collection ? collection : List.of();
        CollectionEvents events = session.collectionEvents();
        for (Object member : before) {
            if (!Cascades.containsIdentity(after, member)) {
                events.removed(this, relationship, member);
            }
        }
        for (Object member : after) {
            if (!Cascades.containsIdentity(before, member)) {
                events.appended(this, relationship, member);
            }
        }
    }

    @Override
    public boolean beforeRead(String attribute) {
        if (session == null) {
            return false;
        }
        if (!expired && unloadedColumns == null && mapper.relationshipIndex(attribute) < 0) {
            return attached(); // a column, loaded: nothing to do
        }
        int code = mapper.attributeCode(attribute);
        if (code == Mapper.NOT_MAPPED) {
            return attached();
        }
        beforeGet(code);
        if (!attached()) {
            return false;
        }
        if (code >= 0) {
            RelationshipProperty relationship = mapper.relationships().get(code);
            Object value = relationship.isCollection() && loaded[code] ? relationship.get(object) : null;
            if ((value instanceof List<?> || value instanceof java.util.Set<?>) && !TrackedCollections.isTracked(value, this)) {
                // a collection the user put there: from now on its adds and removes are events too
                relationship.set(object, TrackedCollections.adopt(this, relationship, (Collection<?>) value));
            }
        }
        return true;
    }

    @Override
    public void beforeColumnRead(String attribute) {
        if (session != null && (expired || unloadedColumns != null)) {
            beforeRead(attribute);
        }
    }

    @Override
    public void relationshipTouched() {
        if (attached()) {
            session.relationshipChanged(this);
        }
    }

    @Override
    public boolean isLoaded(String attribute) {
        int code = mapper.attributeCode(attribute);
        return code < 0 || loaded[code];
    }

    @Override
    public void queueCollectionChange(String attribute, Object member, boolean added) {
        queueCollectionChange(mapper.relationships().get(mapper.attributeCode(attribute)), member, added);
    }

    /** Queues an append to or removal from an unloaded collection (see {@link PendingCollection}). */
    void queueCollectionChange(RelationshipProperty relationship, Object member, boolean added) {
        if (pendingCollections == null) {
            pendingCollections = new PendingCollection[loaded.length];
        }
        PendingCollection pending = pendingCollections[relationship.index()];
        if (pending == null) {
            pending = pendingCollections[relationship.index()] = new PendingCollection();
        }
        if (added) {
            pending.append(member);
        } else {
            pending.remove(member);
        }
    }

    /** The changes queued for a collection that is being loaded, or {@code null}; they are handed over once. */
    PendingCollection takePendingCollection(RelationshipProperty relationship) {
        if (pendingCollections == null) {
            return null;
        }
        PendingCollection pending = pendingCollections[relationship.index()];
        pendingCollections[relationship.index()] = null;
        return pending;
    }

    /** Whether a session that is open tracks the object as pending or persistent. */
    boolean attached() {
        return session != null && !session.isClosed()
                && (state == ObjectState.PERSISTENT || state == ObjectState.PENDING);
    }

    /** Marks the object so that the next load of its row overwrites its fields and relationships. */
    void expire() {
        expired = true;
        expireRelationships();
    }

    /** Marks every relationship of a loaded object unloaded, so its getters load again. */
    void expireRelationships() {
        if (instrumented && anyLoaded()) {
            java.util.Arrays.fill(loaded, false);
            java.util.Arrays.fill(committed, UNKNOWN);
            pendingCollections = null; // as SQLAlchemy's expire: what was queued is dropped with the values
        }
    }

    /** Whether any relationship is loaded (only a loaded one has committed members to forget). */
    private boolean anyLoaded() {
        for (boolean flag : loaded) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /** The members of a loaded collection relationship (or the one object, as a list of zero or one). */
    List<Object> members(RelationshipProperty relationship) {
        Object value = relationship.get(object);
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        List<Object> one = new ArrayList<>(1);
        if (value != null) {
            one.add(value);
        }
        return one;
    }

    /** The members as last loaded or flushed; empty when unknown. */
    @SuppressWarnings("unchecked")
    List<Object> committedMembers(RelationshipProperty relationship) {
        Object value = committed[relationship.index()];
        if (value == UNKNOWN || value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? (List<Object>) list : List.of(value);
    }

    /**
     * Whether a loaded relationship holds something other than what was last loaded or flushed:
     * another many-to-one target, or a collection with members added or removed.
     */
    boolean relationshipsChanged() {
        // indexed: a streamed query asks this of every object it lets go, most of them of classes without relationships
        List<RelationshipProperty> relationships = mapper.relationships();
        for (int i = 0, n = relationships.size(); i < n; i++) {
            RelationshipProperty relationship = relationships.get(i);
            int index = relationship.index();
            if (!loaded[index] || relationship.viewOnly()) {
                continue;
            }
            if (!relationship.isCollection()) {
                if (relationship.get(object) != committed[index]) {
                    return true;
                }
                continue;
            }
            List<Object> current = members(relationship);
            List<Object> before = committedMembers(relationship);
            if (current.size() != before.size() || !current.stream().allMatch(m -> Cascades.containsIdentity(before, m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the loaded relationships' current values as the database's. A collection the user
     * assigned and nothing read since is still their own: it becomes the session's tracked
     * collection here, so that changing it in place after the flush is reported (the enhancer
     * writes the user's value after the write hook, which therefore cannot swap it).
     */
    void takeRelationshipSnapshot() {
        for (RelationshipProperty relationship : mapper.relationships()) {
            if (loaded[relationship.index()]) {
                Object value = relationship.get(object);
                if (value instanceof Collection<?> && TrackedCollections.unchanged(value, this)
                        && committed[relationship.index()] != UNKNOWN) {
                    continue; // the snapshot already holds these members
                }
                committed[relationship.index()] = value instanceof Collection<?> ? members(relationship) : value;
                if (value instanceof Collection<?> members && relationship.isCollection()
                        && !TrackedCollections.isTracked(value, this)) {
                    value = TrackedCollections.wrap(this, relationship, members);
                    relationship.set(object, value);
                }
                TrackedCollections.snapshotTaken(value, this);
            }
        }
    }

    /**
     * Whether a loaded collection is still the one the session installed, unchanged since the
     * snapshot: the flush then has nothing to cascade, link, unlink or orphan for it. Always false
     * for a pending object, all of whose members are new.
     */
    boolean collectionUnchanged(RelationshipProperty relationship) {
        return state != ObjectState.PENDING && relationship.isCollection() && loaded[relationship.index()]
                && TrackedCollections.unchanged(relationship.get(object), this);
    }

    private String describe() {
        return mapper.entityClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(object));
    }

    /** The current field values, by property index. */
    Object[] currentValues() {
        List<ColumnProperty> properties = mapper.columns();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = properties.get(i).get(object);
        }
        return values;
    }

    /**
     * Takes the current field values as the database's: for an object that takes its snapshot on
     * write and has no change listed, by dropping the snapshot (a listed object keeps one, so that
     * a write before the flush that clears its listing is still compared).
     */
    void takeSnapshot() {
        if (snapshotOnWrite && !changed) {
            snapshot = null;
        } else {
            takeSnapshot(currentValues());
        }
    }

    /** Takes these field values (by property index, as {@link #currentValues()}) as the database's; keeps the array. */
    void takeSnapshot(Object[] values) {
        List<ColumnProperty> properties = mapper.columns();
        for (int i = 0; i < values.length; i++) {
            values[i] = snapshotValue(properties.get(i), values[i]);
        }
        snapshot = values;
    }

    /** Takes one attribute's current field value as the database's. */
    void takeSnapshot(ColumnProperty property) {
        if (snapshot != null) {
            snapshot[property.index()] = snapshotValue(property, property.get(object));
        }
    }

    /** Whether the database holds a row for the object whose values {@link #committedValue} can tell. */
    boolean hasCommittedValues() {
        return snapshot != null || snapshotOnWrite && identity != null && state != ObjectState.PENDING;
    }

    /** The attribute's value as the database holds it (the field's, while nothing was written since the snapshot). */
    Object committedValue(ColumnProperty property) {
        return snapshot != null ? snapshot[property.index()] : property.get(object);
    }

    /** A copy of the values the database holds, by property index, for a rollback to restore; {@code null} when there are none. */
    Object[] committedValues() {
        if (snapshot != null) {
            return snapshot.clone();
        }
        if (!hasCommittedValues()) {
            return null;
        }
        Object[] values = currentValues();
        List<ColumnProperty> properties = mapper.columns();
        for (int i = 0; i < values.length; i++) {
            values[i] = snapshotValue(properties.get(i), values[i]);
        }
        return values;
    }

    private Object snapshotValue(ColumnProperty property, Object value) {
        if (property.isMutable()) {
            watch(property, value);
            // the field's map or list may change in place: compare with a copy of it
            return MutableValues.deepCopy(value);
        }
        // an array changed in place must still show as modified
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    /** An enhanced object's mutable map or list is swapped for a view that reports its first change at once. */
    private void watch(ColumnProperty property, Object value) {
        if (enhanced) {
            Object tracking = MutableValues.tracking(value, this::columnChanged);
            if (tracking != value) {
                property.replaceQuietly(object, tracking);
            }
        }
    }

    /** The properties whose field differs from the snapshot. */
    List<ColumnProperty> modified() {
        List<ColumnProperty> changed = new ArrayList<>();
        if (snapshot == null) {
            return changed;
        }
        for (ColumnProperty property : mapper.columns()) {
            if (!same(snapshot[property.index()], property.get(object))) {
                changed.add(property);
            }
        }
        return changed;
    }

    /** Whether a column, a reference or a collection differs from what was loaded or last flushed. */
    boolean hasChanges() {
        return isModified() || relationshipsChanged();
    }

    /**
     * Whether any field differs from the snapshot: {@code !modified().isEmpty()} without
     * allocating, stopping at the first difference.
     */
    boolean isModified() {
        Object[] snapshot = this.snapshot;
        if (snapshot == null) {
            return false;
        }
        List<ColumnProperty> properties = mapper.columns();
        for (int i = 0, n = properties.size(); i < n; i++) {
            ColumnProperty property = properties.get(i);
            if (!same(snapshot[property.index()], property.get(object))) {
                return true;
            }
        }
        return false;
    }

    /** Writes snapshot values back into the fields. */
    void restore(Object[] values) {
        for (ColumnProperty property : mapper.columns()) {
            Object value = values[property.index()];
            // the field gets its own copy of a mutable value, else changing it in place would change the snapshot too
            property.set(object, property.isMutable() ? MutableValues.deepCopy(value) : value);
        }
        snapshot = values.clone();
        for (ColumnProperty property : mapper.columns()) {
            if (property.isMutable()) {
                watch(property, property.get(object));
            }
        }
    }

    static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @Override
    public String toString() {
        return mapper.entityClass().getSimpleName() + (identity == null ? "(pending)" : key().toString()) + " " + state;
    }
}
