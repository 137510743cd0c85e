package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.NoResultFound;
import dev.athanor.orm.internal.Instrumented;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Select;
import dev.athanor.sql.SelectBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Session} implementation, a facade: each public method enters the {@link ThreadGuard},
 * checks that the session is usable where it matters, and hands the work to the class whose job it
 * is (the contracts are documented on {@link Session}). It adds, deletes and expunges objects and
 * closes the session itself; the rest is delegated:
 * <ul>
 *   <li>{@link SessionObjects}: the identity map and the pending and to-be-deleted sets;
 *   <li>{@link IdentityLookup}: {@code get} by primary key;
 *   <li>{@link OrmStatements} and {@link Loader}: statements, and objects from their rows;
 *   <li>{@link SessionFlush} and {@link UnitOfWork}: flushing and autoflush;
 *   <li>{@link TransactionStack}: the transaction, its savepoints and what a rollback undoes;
 *   <li>{@link Refresher}: expiring and refreshing;
 *   <li>{@link Cascades}, {@link RelationshipLoader}, {@link CollectionEvents}: relationships.
 * </ul>
 * Its package-private methods are what those classes reach the session for.
 */
final class TrackingSession implements Session {
    private final SessionFactory factory;
    private final SessionConnections connections;
    private final SessionObjects objects = new SessionObjects();
    private final Loader loader = new Loader(this);
    private final OrmStatements statements = new OrmStatements(this, loader);
    private final RelationshipLoader relationshipLoader = new RelationshipLoader(this);
    private final CollectionEvents collectionEvents = new CollectionEvents(this);
    private final Cascades cascades = new Cascades(this, collectionEvents);
    private final IdentityLookup lookup = new IdentityLookup(this);
    private final Refresher refresher = new Refresher(this, objects, cascades);
    private final StatsRecorder stats;
    private final ThreadGuard guard = new ThreadGuard();
    /** Told of every object loaded into the identity map while a streamed result fetches a partition. */
    private Consumer<InstanceState> loadObserver;
    private final TransactionStack transactions;
    private final SessionFlush flusher;
    /** Asked before attribute access loads anything; {@code null}: loads always proceed. */
    private final LazyLoadGuard lazyLoadGuard;
    private boolean closed;
    /** Relationship and collection changes since the last flush (see {@link #beforeLazyLoad}). */
    private int unflushedRelationshipChanges;

    TrackingSession(SessionFactory factory, Connection joined) {
        this(factory, joined, null);
    }

    TrackingSession(SessionFactory factory, Connection joined, LazyLoadGuard lazyLoadGuard) {
        this.factory = factory;
        this.lazyLoadGuard = lazyLoadGuard;
        this.stats = new StatsRecorder(factory.nPlusOneMode(), factory.nPlusOneThreshold());
        this.connections = new SessionConnections(factory, joined);
        this.transactions = new TransactionStack(this, factory, objects, connections);
        this.flusher = new SessionFlush(this, factory, objects, cascades, transactions);
    }

    // ---- adding, getting, deleting -----------------------------------------------------------

    @Override
    public void add(Object object) {
        run(() -> {
            InstanceState state = objects.state(object);
            InstanceState former = state == null ? formerState(object) : null;
            if (former != null) {
                reattach(former);
            } else if (state == null) {
                state = new InstanceState(object, registry().mapper(object.getClass()), ObjectState.PENDING);
                state.session = this;
                objects.addPending(state);
                transactions.ensure().added.add(state);
                cascades.added(state);
            } else if (state.state == ObjectState.DELETED || objects.isMarkedForDeletion(state)) {
                objects.unmarkForDeletion(state);
            }
        });
    }

    /**
     * The state a loaded object kept after it left a session (expunged, or its session closed), or
     * {@code null}; an object still held by another open session cannot be added here.
     */
    private InstanceState formerState(Object object) {
        if (!(object instanceof Instrumented instrumented && instrumented.athanor$state() instanceof InstanceState former)) {
            return null;
        }
        if (former.attached() && former.session != this) {
            throw new InvalidRequestError("Object " + describe(object) + " is already attached to another open session;"
                    + " expunge it there first, or merge it into this one");
        }
        return former.state == ObjectState.DETACHED && former.identity != null ? former : null;
    }

    /**
     * A detached object added again becomes persistent here with the state it kept (SQLAlchemy's
     * save-or-update of a detached instance): its snapshot and loaded relationships stay, so what
     * changed while it was detached is written by the next flush, as an UPDATE.
     */
    private void reattach(InstanceState state) {
        InstanceState held = objects.identityMap().get(state.key());
        if (held != null) {
            throw new InvalidRequestError("Can't attach instance " + describe(state.object) + "; another instance with key "
                    + state.key() + " is already present in this session (merge it instead)");
        }
        state.session = this;
        state.state = ObjectState.PERSISTENT;
        objects.loaded(state);
        if (state.enhanced && state.isModified()) {
            state.columnChanged(); // set while detached, so not reported: the flush must look at it
        }
        relationshipChanged(state); // the same holds for its relationships: the next flush compares them
        cascades.added(state);
    }

    @Override
    public void addAll(Collection<?> objects) {
        run(() -> objects.forEach(this::add));
    }

    @Override
    public <T> T get(Class<T> entityClass, Object id) {
        return call(() -> lookup.get(entityClass, id));
    }

    @Override
    public <T> T getOne(Class<T> entityClass, Object id) {
        T found = get(entityClass, id);
        if (found == null) {
            throw new NoResultFound("No row was found for " + entityClass.getSimpleName() + " with identity " + id);
        }
        return found;
    }

    @Override
    public void delete(Object object) {
        run(() -> {
            InstanceState state = objects.state(object);
            if (state == null || state.state == ObjectState.DETACHED) {
                throw new InvalidRequestError("Instance " + describe(object) + " is not persisted in this session;"
                        + " load it (or merge it) before deleting it");
            }
            if (state.state == ObjectState.PENDING) {
                expunge(object);
            } else {
                objects.markForDeletion(state);
            }
        });
    }

    // ---- flushing and queries ----------------------------------------------------------------

    @Override
    public void flush() {
        run(this::doFlush);
    }

    void doFlush() {
        flusher.flush();
    }

    /** Flushes before a query or a lazy load, as SQLAlchemy's autoflush (a clean session returns at once). */
    private void autoflush() {
        flusher.autoflush();
    }

    /**
     * Whether a flush can know without looking at any object that it has nothing to write: every
     * held object is enhanced (so reports its changes), none is pending or to be deleted, and none
     * reported a column, relationship or collection change since the last flush. SQLAlchemy's
     * {@code Session._is_clean()}, without its walk of the identity map: before this, a commit or a
     * lazy load in a session of 100k objects walked all of them to find nothing (1000 lazy loads
     * took 17 s instead of 0.5 s).
     */
    boolean isClean() {
        return objects.quiet() && unflushedRelationshipChanges == 0;
    }

    @Override
    public void setAutoflush(boolean autoflush) {
        flusher.setAutoflush(autoflush);
    }

    @Override
    public boolean isAutoflush() {
        return flusher.isAutoflush();
    }

    @Override
    public void setReplicaRouting(ReplicaRouting routing) {
        run(() -> connections.setRouting(routing));
    }

    @Override
    public ReplicaRouting replicaRouting() {
        return connections.routing();
    }

    @Override
    public <R> R noAutoflush(Supplier<R> work) {
        return call(() -> flusher.withoutAutoflush(work));
    }

    @Override
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return execute(statement, parameters, SynchronizeSession.AUTO);
    }

    @Override
    public Result execute(Executable statement, SynchronizeSession sync) {
        return execute(statement, Map.of(), sync);
    }

    private Result execute(Executable statement, Map<String, ?> parameters, SynchronizeSession sync) {
        return call(() -> {
            checkUsable();
            autoflush();
            if (!(statement instanceof SelectBase)) {
                connections.writing();
            }
            return statements.execute(statement, parameters, sync);
        });
    }

    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return call(() -> {
            checkUsable();
            autoflush();
            connections.writing();
            return statements.executeMany(statement, parameterSets);
        });
    }

    /**
     * The first item of each row: objects through the identity map when the select names an
     * entity ({@code select(User.class)}, {@code select(User_.TABLE)}), else plain values.
     */
    @SuppressWarnings("unchecked")
    @Override
    public <T> EntityResult<T> scalars(Select select) {
        return scalarsWith(select, Map.of());
    }

    /**
     * Every row as a list of its items: {@code select(User.class, Address.class)} yields
     * {@code [user, address]} per row, entities through the identity map; other columns are values.
     */
    @Override
    public EntityResult<List<Object>> rows(Select select) {
        OrmQuery.Rows rows = query(select);
        return new EntityResult<>(rows.rows(), rows.requiresUnique());
    }

    private OrmQuery.Rows query(Select select) {
        return query(select, Map.of());
    }

    private OrmQuery.Rows query(Select select, Map<String, ?> parameters) {
        return autoflushed(() -> statements.rows(select, parameters));
    }

    /** Runs a query as a call on this session, after the checks and the autoflush every query makes first. */
    private <R> R autoflushed(Supplier<R> query) {
        return call(() -> {
            checkUsable();
            autoflush();
            return query.get();
        });
    }

    /** {@link #scalars(Select)} of a select with bind parameters given at execution. */
    @SuppressWarnings("unchecked")
    <T> EntityResult<T> scalarsWith(Select select, Map<String, ?> parameters) {
        OrmQuery.Rows rows = autoflushed(() -> statements.scalars(select, parameters));
        return new EntityResult<>((List<T>) rows.scalars(), rows.requiresUnique());
    }

    /** The object of a mapper's primary-key select with its key as parameters, or {@code null} ({@code get}). */
    Object byKey(Mapper<?> mapper, Select keySelect, Map<String, ?> parameters) {
        List<Object> found = autoflushed(() -> statements.scalarsByKey(mapper, keySelect, parameters).scalars());
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public <T> StreamedResult<T> stream(Select select, int yieldPer) {
        if (yieldPer < 1) {
            throw new dev.athanor.exc.ArgumentError("yieldPer must be at least 1, got " + yieldPer);
        }
        OrmQuery.Partitions partitions = autoflushed(() -> statements.stream(select, yieldPer));
        return new StreamedResult<>(this, partitions);
    }

    /**
     * Runs {@code work} (a streamed result fetching its next partition) as a call on this session,
     * telling {@code loadObserver} of every object it puts into the identity map.
     */
    <R> R observingLoads(Consumer<InstanceState> loadObserver, Supplier<R> work) {
        return call(() -> {
            checkUsable();
            Consumer<InstanceState> outer = this.loadObserver;
            this.loadObserver = loadObserver;
            try {
                return work.get();
            } finally {
                this.loadObserver = outer;
            }
        });
    }

    /**
     * Lets go of the objects a streamed result has moved past (see {@link #releasable}); works
     * after a failed flush too, and does nothing once the session is closed. When they are all the
     * session holds (a stream read on its own), the session lets go of everything at once, as
     * {@link #expungeAll} does, instead of removing each from the identity map and tracked states.
     */
    void release(List<InstanceState> passed) {
        run(() -> {
            if (closed) {
                return;
            }
            boolean[] releasable = new boolean[passed.size()];
            int count = 0;
            for (int i = 0; i < releasable.length; i++) {
                releasable[i] = releasable(passed.get(i));
                count += releasable[i] ? 1 : 0;
            }
            // the states a partition loaded are distinct: as many releasable as held means every held one
            if (count == objects.size()) {
                objects.detachAll();
                return;
            }
            for (int i = 0; i < releasable.length; i++) {
                if (releasable[i]) {
                    objects.forget(passed.get(i));
                }
            }
        });
    }

    /**
     * Whether the session has nothing to write for an object it holds: persistent, not marked for
     * deletion, no column or relationship changed.
     */
    private boolean releasable(InstanceState state) {
        return state.session == this && state.state == ObjectState.PERSISTENT && objects.tracksState(state)
                && !objects.isMarkedForDeletion(state) && !state.hasChanges();
    }

    /**
     * The objects an {@code update(User.class)….returning(User.class)} updated, their fields taken
     * from the returned rows (on dialects with {@code UPDATE … RETURNING}).
     */
    @SuppressWarnings("unchecked")
    @Override
    public <T> EntityResult<T> scalars(dev.athanor.sql.Update update) {
        return call(() -> {
            checkUsable();
            autoflush();
            connections.writing();
            List<T> values = new ArrayList<>();
            statements.updateReturning(update, SynchronizeSession.AUTO).forEach(row -> values.add((T) row.get(0)));
            return new EntityResult<>(values);
        });
    }

    @Override
    public <T> T scalar(Select select) {
        return this.<T>scalars(select).first();
    }

    // ---- state inspection --------------------------------------------------------------------

    @Override
    public boolean contains(Object object) {
        return objects.contains(object);
    }

    @Override
    public boolean isModified(Object object) {
        return objects.isModified(object);
    }

    @Override
    public List<Object> newObjects() {
        return objects.newObjects();
    }

    @Override
    public List<Object> dirty() {
        return objects.dirty();
    }

    @Override
    public List<Object> deleted() {
        return objects.deleted();
    }

    @Override
    public ObjectState stateOf(Object object) {
        ObjectState state = objects.stateOf(object);
        if (state == ObjectState.TRANSIENT && object instanceof Instrumented loaded
                && loaded.athanor$state() instanceof InstanceState former && former.session == this) {
            return former.state; // a loaded object this session let go of
        }
        return state;
    }

    @Override
    public IdentityKey identityOf(Object object) {
        return objects.identityOf(object);
    }

    @Override
    public List<String> modifiedAttributes(Object object) {
        return objects.modifiedAttributes(object);
    }

    @Override
    public AttributeHistory history(Object object, String attribute) {
        InstanceState state = objects.state(object);
        Mapper<?> mapper = state != null ? state.mapper : registry().mapper(object.getClass());
        ColumnProperty property = mapper.property(attribute);
        Object current = property.get(object);
        if (state == null || !state.hasCommittedValues()) {
            return AttributeHistory.of(current, null, true);
        }
        return AttributeHistory.of(current, state.committedValue(property), false);
    }

    // ---- expiring, refreshing, expunging -----------------------------------------------------

    @Override
    public void refresh(Object object) {
        run(() -> refresher.refresh(object));
    }

    @Override
    public void refresh(Object object, String... attributes) {
        run(() -> refresher.refresh(object, attributes));
    }

    @Override
    public void expire(Object object) {
        run(() -> refresher.expire(object));
    }

    @Override
    public void expireAll() {
        run(refresher::expireAll);
    }

    @Override
    public void expunge(Object object) {
        run(() -> {
            InstanceState state = objects.remove(object);
            if (state == null) {
                throw new InvalidRequestError("Instance " + describe(object) + " is not present in this session");
            }
            objects.detach(state);
            for (Object related : cascades.cascadeTargets(state, CascadeOption.EXPUNGE)) {
                if (objects.tracks(related)) {
                    expunge(related);
                }
            }
        });
    }

    @Override
    public void expungeAll() {
        run(objects::detachAll);
    }

    @Override
    public <T> T merge(T object) {
        return call(() -> cascades.merge(object, new IdentityHashMap<>()));
    }

    // ---- transactions ------------------------------------------------------------------------

    @Override
    public void begin() {
        run(transactions::begin);
    }

    @Override
    public <R> R transaction(Function<Session, R> work) {
        transactions.ensure();
        try {
            R result = work.apply(this);
            commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    @Override
    public Savepoint beginNested() {
        return call(() -> {
            checkUsable();
            doFlush();
            return transactions.beginNested();
        });
    }

    @Override
    public <R> R nested(Function<Session, R> work) {
        Savepoint savepoint = beginNested();
        try {
            R result = work.apply(this);
            savepoint.commit();
            return result;
        } catch (RuntimeException | Error e) {
            savepoint.rollback();
            throw e;
        }
    }

    @Override
    public void commit() {
        run(() -> {
            checkUsable();
            transactions.commit();
        });
    }

    @Override
    public void rollback() {
        run(transactions::rollback);
    }

    SessionTransaction currentTransaction() {
        return transactions.ensure();
    }

    // ---- plumbing used by the unit of work and loader -----------------------------------------

    @Override
    public SessionFactory factory() {
        return factory;
    }

    Registry registry() {
        return factory.registry();
    }

    IdentityMap identityMap() {
        return objects.identityMap();
    }

    SessionObjects objects() {
        return objects;
    }

    /** Sends this session's work to the primary from now on (read-your-writes). */
    void writing() {
        connections.writing();
    }

    /** The connection for a mapper's engine, opened (and its transaction begun) on first use. */
    Connection connection(Mapper<?> mapper) {
        return connections.forMapper(mapper, transactions::ensure);
    }

    /** An object whose row a bulk DELETE removed: deleted now, detached at commit. */
    void bulkDeleted(InstanceState state) {
        objects.bulkDeleted(state);
    }

    void loaded(InstanceState state) {
        state.session = this;
        objects.loaded(state);
        if (loadObserver != null) {
            loadObserver.accept(state);
        }
    }

    // ---- plumbing used by relationship loading, cascades and their flush ----------------------

    RelationshipLoader relationshipLoader() {
        return relationshipLoader;
    }

    CollectionEvents collectionEvents() {
        return collectionEvents;
    }

    Cascades cascades() {
        return cascades;
    }

    StatsRecorder statsRecorder() {
        return stats;
    }

    @Override
    public SessionStats stats() {
        return stats.snapshot(connections.statementCount());
    }

    /** The state of an object this session tracks (in any state), or {@code null}. */
    InstanceState trackedState(Object object) {
        return objects.state(object);
    }

    /**
     * A relationship or tracked collection of {@code state} changed: the next lazy load must flush,
     * and that flush looks at the object.
     */
    void relationshipChanged(InstanceState state) {
        unflushedRelationshipChanges++;
        objects.relationshipsTouched(state);
    }

    /** A flush wrote (or found) everything: relationship changes reported until now are in the database. */
    void relationshipChangesFlushed() {
        unflushedRelationshipChanges = 0;
    }

    /** Lets the session's {@link LazyLoadGuard} refuse a load that attribute access is about to send. */
    void beforeLazyLoad(Object object, String attribute, LazyLoadGuard.Load load) {
        if (lazyLoadGuard != null) {
            lazyLoadGuard.beforeLoad(object, attribute, load);
        }
        if (objects.holdsEnhanced()) {
            // as SQLAlchemy: the load sees what was changed (plain objects cannot report changes, so
            // sessions of them do not flush here: the scan would cost every lazy load)
            autoflush();
        }
    }

    /** Reloads the columns of an expired object whose getter was called. */
    void refreshExpired(InstanceState state) {
        if (state.expired && state.identity != null) {
            run(() -> refresher.reload(state));
        }
    }

    void checkUsable() {
        if (closed) {
            throw new InvalidRequestError("This Session is closed; open a new one from the SessionFactory");
        }
        transactions.checkNoFailedFlush();
    }

    static String describe(Object object) {
        return object.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(object));
    }

    private void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private <R> R call(Supplier<R> work) {
        guard.enter(this);
        try {
            return work.get();
        } finally {
            guard.exit();
        }
    }

    /** Rolls back what was not committed, detaches every object and returns the connections. */
    @Override
    public void close() {
        run(() -> {
            if (closed) {
                return;
            }
            try {
                if (connections.isJoined() && transactions.isActive()) {
                    transactions.rollbackDatabase();
                }
                connections.close();
            } finally {
                objects.detachAll();
                transactions.clear();
                closed = true;
                factory.fire(l -> l.afterClose(this));
            }
        });
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void withConnection(Consumer<Connection> work) {
        run(() -> work.accept(connection(null)));
    }
}
