package dev.athanor.orm;

import dev.athanor.exc.LazyLoadError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A session's single entry point for loading relationships: getters of loaded objects come here
 * ({@link #load}), queries report the parents they loaded ({@link #afterQuery}), and every strategy
 * stores what it loaded through {@link #populate}, which installs the session's tracked collection
 * and marks the attribute loaded. Lazy loads are counted here for {@link Session#stats()}.
 *
 * <p>The strategies are keyed by {@link Lazy}; {@code JOINED}, {@code SELECTIN} and
 * {@code SUBQUERY} start as lazy {@code SELECT}s (what SQLAlchemy does for an object that did not
 * come from an eager query) until their eager implementations are {@link #register registered}.
 */
final class RelationshipLoader {
    private final TrackingSession session;
    private final Map<Lazy, LoaderStrategy> strategies = new EnumMap<>(Lazy.class);

    RelationshipLoader(TrackingSession session) {
        this.session = session;
        LoaderStrategy select = new SelectLoader(session, this);
        for (Lazy lazy : Lazy.values()) {
            strategies.put(lazy, select);
        }
        strategies.put(Lazy.RAISE, (state, relationship) -> {
            throw new LazyLoadError("'" + state.mapper.entityClass().getSimpleName() + "." + relationship.name()
                    + "' is not available due to lazy='raise' (" + relationship.qualifiedName() + "); load it in the query"
                    + " with selectinLoad/joinedLoad");
        });
        strategies.put(Lazy.NOLOAD, (state, relationship) -> populate(state, relationship, relationship.isCollection()
                ? List.of() : null));
    }

    /** Replaces the strategy for one {@code Lazy} value (eager loaders plug in here). */
    void register(Lazy lazy, LoaderStrategy strategy) {
        strategies.put(lazy, strategy);
    }

    LoaderStrategy strategy(Lazy lazy) {
        return strategies.get(lazy);
    }

    /** Loads an unloaded relationship of an attached object, as its getter was called. */
    void load(InstanceState state, RelationshipProperty relationship) {
        if (state.expired) {
            session.refreshExpired(state);
        }
        strategies.get(state.strategy(relationship)).load(state, relationship);
    }

    /**
     * Loads a relationship the session itself needs (a delete cascade, a merge, the old value of a
     * backPopulates setter) with a plain SELECT, whatever the attribute's strategy: RAISE guards
     * application code, not the unit of work.
     */
    void loadForFlush(InstanceState state, RelationshipProperty relationship) {
        if (state.expired) {
            session.refreshExpired(state);
        }
        strategies.get(Lazy.SELECT).load(state, relationship);
    }

    /** The target of a many-to-one from the identity map, when its remote columns are the target's key. */
    InstanceState heldTarget(RelationshipProperty relationship, Object[] keys) {
        Mapper<?> target = relationship.target();
        List<ColumnProperty> key = target.primaryKey();
        if (key.size() != keys.length) {
            return null;
        }
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ColumnProperty remote = relationship.remoteProperties[i];
            int position = key.indexOf(remote);
            if (position < 0) {
                return null;
            }
            values[position] = remote.fromDatabase(keys[i]);
        }
        // a hierarchy is keyed by its base: the object held under the key must be of the target class
        InstanceState held = session.identityMap().get(new IdentityKey(target.identityClass(), values));
        return held == null || held.expired || !target.entityClass().isInstance(held.object) ? null : held;
    }

    /** The held target of an object's many-to-one, from its foreign key fields without SQL; {@code null} when not held or the key is null. */
    InstanceState heldTarget(InstanceState state, RelationshipProperty relationship) {
        Object[] keys = localKeys(state, relationship);
        return keys == null ? null : heldTarget(relationship, keys);
    }

    /** The values of the object's columns the relationship joins on, or {@code null} when one is null (nothing can be related). */
    static Object[] localKeys(InstanceState state, RelationshipProperty relationship) {
        Object[] keys = new Object[relationship.localProperties.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = relationship.localProperties[i].get(state.object);
            if (keys[i] == null) {
                return null;
            }
        }
        return keys;
    }

    /** Lets each relationship's strategy see the parents a query just loaded. */
    void afterQuery(Mapper<?> mapper, List<InstanceState> parents) {
        if (parents.isEmpty() || mapper.relationships().isEmpty()) {
            return;
        }
        for (RelationshipProperty relationship : mapper.relationships()) {
            Map<Lazy, List<InstanceState>> byStrategy = new EnumMap<>(Lazy.class);
            for (InstanceState parent : parents) {
                byStrategy.computeIfAbsent(parent.strategy(relationship), k -> new ArrayList<>()).add(parent);
            }
            byStrategy.forEach((lazy, group) -> strategies.get(lazy).afterQuery(relationship, group));
        }
    }

    /** Counts one lazy load that sends SQL, for the N+1 statistics and threshold, and tells the listeners. */
    void countLazyLoad(InstanceState state, RelationshipProperty relationship) {
        session.statsRecorder().lazyLoad(relationship.qualifiedName());
        session.factory().fire(l -> l.lazyLoad(session, relationship, state.object));
    }

    /**
     * Stores a loaded value: {@code value} is the related object (or {@code null}) or, for a
     * collection, the members in order; a collection is wrapped in the session's tracked collection,
     * and the appends and removals queued while it was unloaded are applied to it. The attribute
     * then counts as loaded and its value (before those queued changes) as what the database holds.
     */
    void populate(InstanceState state, RelationshipProperty relationship, Object value) {
        int index = relationship.index();
        if (relationship.isCollection()) {
            Collection<?> members = value == null ? List.of() : (Collection<?>) value;
            Collection<Object> tracked = TrackedCollections.wrap(state, relationship, members);
            relationship.set(state.object, tracked);
            state.committed[index] = new ArrayList<Object>(members);
            PendingCollection pending = state.takePendingCollection(relationship);
            if (pending != null) {
                pending.applyTo(tracked); // what backPopulates queued while it was unloaded: changes to flush
            }
        } else {
            Object one = value instanceof Collection<?> collection
                    ? (collection.isEmpty() ? null : collection.iterator().next()) : value;
            relationship.set(state.object, one);
            state.committed[index] = one;
        }
        state.loaded[index] = true;
    }
}
