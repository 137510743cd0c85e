package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.NoResultFound;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Select;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Session} implementation: the identity map, the tracked states of its objects and
 * their transaction levels. Flushing is delegated to {@link UnitOfWork}, row loading to
 * {@link Loader}, and statements to {@link OrmStatements}.
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
    private final TransactionStack transactions;
    private final SessionFlush flusher;
    private boolean closed;

    TrackingSession(SessionFactory factory, Connection joined) {
        this.factory = factory;
        this.stats = new StatsRecorder(factory.nPlusOneMode(), factory.nPlusOneThreshold());
        this.connections = new SessionConnections(factory, joined, stats);
        this.transactions = new TransactionStack(this, factory, objects, connections);
        this.flusher = new SessionFlush(this, factory, objects, cascades, transactions);
    }

    // ---- adding, getting, deleting -----------------------------------------------------------

    /** Adds a transient object (pending until flushed); a persistent or pending one is left as is. */
    @Override
    public void add(Object object) {
        run(() -> {
            InstanceState state = objects.state(object);
            if (state == null) {
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

    /** Adds each object. */
    @Override
    public void addAll(Collection<?> objects) {
        run(() -> objects.forEach(this::add));
    }

    /**
     * The object with this primary key (an array or list of values for a composite key): from the
     * identity map without SQL when the session holds it, else loaded; {@code null} when no row.
     */
    @Override
    public <T> T get(Class<T> entityClass, Object id) {
        return call(() -> lookup.get(entityClass, id));
    }

    /** Like {@link #get} but raises {@link NoResultFound} when there is no row. */
    @Override
    public <T> T getOne(Class<T> entityClass, Object id) {
        T found = get(entityClass, id);
        if (found == null) {
            throw new NoResultFound("No row was found for " + entityClass.getSimpleName() + " with identity " + id);
        }
        return found;
    }

    /** Marks a persistent object for deletion at the next flush; a pending one is simply expunged. */
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

    /** Writes every pending change to the database inside the current transaction. */
    @Override
    public void flush() {
        run(this::doFlush);
    }

    void doFlush() {
        flusher.flush();
    }

    private void autoflush() {
        flusher.autoflush();
    }

    /**
     * Turns autoflush on or off for this session alone (it starts as the factory's
     * {@link SessionFactory#autoflush()}). Off, queries see only what was flushed; {@link #flush()}
     * and {@link #commit()} still write pending changes. A read-only transaction turns it off so
     * that reading never sends an INSERT or UPDATE.
     */
    @Override
    public void setAutoflush(boolean autoflush) {
        flusher.setAutoflush(autoflush);
    }

    /** Whether queries on this session flush pending changes first. */
    @Override
    public boolean isAutoflush() {
        return flusher.isAutoflush();
    }

    /** Runs {@code work} without autoflush, for queries that must not see half-built objects. */
    @Override
    public <R> R noAutoflush(Supplier<R> work) {
        return call(() -> flusher.withoutAutoflush(work));
    }

    /**
     * Runs a statement after an autoflush; rows are plain values. An UPDATE or DELETE of a mapped
     * class ({@code update(User.class)}) keeps the objects in the session right with
     * {@link SynchronizeSession#AUTO}.
     */
    @Override
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Runs a statement with parameters after an autoflush. */
    @Override
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return execute(statement, parameters, SynchronizeSession.AUTO);
    }

    /**
     * Runs an ORM-enabled UPDATE or DELETE ({@code update(User.class).where(…).values(…)}),
     * bringing the objects the session holds in step with the changed rows as {@code sync} says.
     */
    @Override
    public Result execute(Executable statement, SynchronizeSession sync) {
        return execute(statement, Map.of(), sync);
    }

    private Result execute(Executable statement, Map<String, ?> parameters, SynchronizeSession sync) {
        return call(() -> {
            checkUsable();
            autoflush();
            return statements.execute(statement, parameters, sync);
        });
    }

    /**
     * Runs a statement once per parameter set, in a JDBC batch: {@code execute(insert(User.class),
     * List.of(Map.of("username", "a"), …))} is a bulk insert whose keys are attribute names.
     */
    @Override
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        return call(() -> {
            checkUsable();
            autoflush();
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
        return call(() -> {
            checkUsable();
            autoflush();
            return statements.rows(select, parameters);
        });
    }

    /** {@link #scalars(Select)} of a select with bind parameters given at execution. */
    @SuppressWarnings("unchecked")
    <T> EntityResult<T> scalarsWith(Select select, Map<String, ?> parameters) {
        OrmQuery.Rows rows = call(() -> {
            checkUsable();
            autoflush();
            return statements.scalars(select, parameters);
        });
        return new EntityResult<>((List<T>) rows.scalars(), rows.requiresUnique());
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
            List<T> values = new ArrayList<>();
            statements.updateReturning(update, SynchronizeSession.AUTO).forEach(row -> values.add((T) row.get(0)));
            return new EntityResult<>(values);
        });
    }

    /** The first item of the first row, or {@code null}. */
    @Override
    public <T> T scalar(Select select) {
        return this.<T>scalars(select).first();
    }

    // ---- state inspection --------------------------------------------------------------------

    /** Whether the object is pending or persistent in this session. */
    @Override
    public boolean contains(Object object) {
        InstanceState state = objects.state(object);
        return state != null && (state.state == ObjectState.PENDING || state.state == ObjectState.PERSISTENT);
    }

    /** Whether a persistent object has unflushed changes (a pending one always has). */
    @Override
    public boolean isModified(Object object) {
        InstanceState state = objects.state(object);
        return state != null && (state.state == ObjectState.PENDING || state.isModified());
    }

    /** The pending objects, in the order they were added. */
    @Override
    public List<Object> newObjects() {
        return objects.newObjects();
    }

    /** The persistent objects with unflushed changes. */
    @Override
    public List<Object> dirty() {
        return objects.dirty();
    }

    /** The objects marked for deletion at the next flush. */
    @Override
    public List<Object> deleted() {
        return objects.deleted();
    }

    /** The state of an object as this session sees it ({@code TRANSIENT} when it does not know it). */
    @Override
    public ObjectState stateOf(Object object) {
        InstanceState state = objects.state(object);
        return state == null ? ObjectState.TRANSIENT : state.state;
    }

    /** The object's identity, or {@code null} while it is transient or pending. */
    @Override
    public IdentityKey identityOf(Object object) {
        InstanceState state = objects.state(object);
        return state == null ? null : state.key;
    }

    /** The names of the attributes changed since the object was loaded or flushed. */
    @Override
    public List<String> modifiedAttributes(Object object) {
        InstanceState state = objects.state(object);
        return state == null ? List.of() : state.modified().stream().map(ColumnProperty::name).toList();
    }

    /**
     * The history of one attribute of an object this session tracks; a transient object's value
     * counts as added.
     */
    @Override
    public AttributeHistory history(Object object, String attribute) {
        InstanceState state = objects.state(object);
        Mapper<?> mapper = state != null ? state.mapper : registry().mapper(object.getClass());
        ColumnProperty property = mapper.property(attribute);
        Object current = property.get(object);
        if (state == null || state.snapshot == null) {
            return AttributeHistory.of(current, null, true);
        }
        return AttributeHistory.of(current, state.snapshot[property.index()], false);
    }

    // ---- expiring, refreshing, expunging -----------------------------------------------------

    /**
     * Reloads the object's columns from the database now, discarding its unflushed changes. Like
     * SQLAlchemy's, a refresh does not autoflush: it shows what the database holds, and the
     * session's other pending changes stay pending.
     */
    @Override
    public void refresh(Object object) {
        run(() -> refresher.refresh(object));
    }

    /**
     * Reloads only the named attributes from the database, discarding their unflushed changes;
     * changes to the other attributes stay pending. Like {@link #refresh(Object)} it does not
     * autoflush. {@code refresh(author, "name", "email")} sends
     * {@code SELECT author.name, author.email FROM author WHERE author.id = ?}.
     */
    @Override
    public void refresh(Object object, String... attributes) {
        run(() -> refresher.refresh(object, attributes));
    }

    /** Marks the object so the next query that returns its row overwrites its fields. */
    @Override
    public void expire(Object object) {
        run(() -> refresher.expire(object));
    }

    /** Expires every persistent object. */
    @Override
    public void expireAll() {
        run(refresher::expireAll);
    }

    /** Removes the object from the session: pending ones become transient, persistent ones detached. */
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

    /** Removes every object from the session. */
    @Override
    public void expungeAll() {
        run(objects::detachAll);
    }

    /**
     * Copies the state of a detached or transient object onto the persistent instance with the
     * same identity (loading it, or adding a new one), and returns that instance.
     */
    @Override
    public <T> T merge(T object) {
        return call(() -> cascades.merge(object, new IdentityHashMap<>()));
    }

    // ---- transactions ------------------------------------------------------------------------

    /** Begins the session's transaction explicitly (it also begins by itself on first use). */
    @Override
    public void begin() {
        run(transactions::begin);
    }

    /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. */
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

    /**
     * Flushes, then begins a SAVEPOINT; rolling it back undoes the database work and the
     * in-session changes made inside it.
     */
    @Override
    public Savepoint beginNested() {
        return call(() -> {
            checkUsable();
            doFlush();
            return transactions.beginNested();
        });
    }

    /** Runs {@code work} inside a SAVEPOINT: released when it returns, rolled back when it throws. */
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

    /** Flushes and commits the outermost transaction (a no-op when none has begun). */
    @Override
    public void commit() {
        run(() -> {
            checkUsable();
            transactions.commit();
        });
    }

    /**
     * Rolls back the outermost transaction: the database work, and in the session pending objects
     * are expunged, objects inserted in it become transient, changed and deleted ones get their
     * database values back. Clears the error state left by a failed flush.
     */
    @Override
    public void rollback() {
        run(transactions::rollback);
    }

    SessionTransaction currentTransaction() {
        return transactions.ensure();
    }

    // ---- plumbing used by the unit of work and loader -----------------------------------------

    /** The session's factory. */
    @Override
    public SessionFactory factory() {
        return factory;
    }

    Registry registry() {
        return factory.registry();
    }

    Map<IdentityKey, InstanceState> identityMap() {
        return objects.identityMap();
    }

    SessionObjects objects() {
        return objects;
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

    /** The statements sent and the lazy loads so far, by relationship. */
    @Override
    public SessionStats stats() {
        return stats.snapshot();
    }

    /** The state of an object this session tracks (in any state), or {@code null}. */
    InstanceState trackedState(Object object) {
        return objects.state(object);
    }

    /** Reloads the columns of an expired object whose getter was called. */
    void refreshExpired(InstanceState state) {
        if (state.expired && state.key != null) {
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

    /** Whether {@link #close()} was called. */
    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Runs {@code work} on this session's connection for a mapper (for listeners and repositories). */
    @Override
    public void withConnection(Consumer<Connection> work) {
        run(() -> work.accept(connection(null)));
    }
}
