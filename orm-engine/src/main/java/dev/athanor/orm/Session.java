package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.NoResultFound;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A unit of work, like SQLAlchemy's {@code Session}: it tracks the objects you add, load, change
 * and delete, keeps one object per database row (the identity map), and writes everything in one
 * ordered flush before each query (autoflush), on {@link #flush()} and on {@link #commit()}.
 *
 * <pre>{@code
 * try (Session s = sessions.open()) {
 *     s.add(new Department("Engineering"));
 *     s.commit();                 // INSERT INTO department (name) VALUES (?) RETURNING id; COMMIT
 * }
 * }</pre>
 *
 * <p>A lazy load (a relationship, a deferred or expired column) autoflushes first, as in
 * SQLAlchemy, when the session holds objects of classes enhanced at build time
 * ({@code dev.athanor.orm.enhance.AthanorEnhancer}), whose changes the session learns as they
 * happen. A session holding only plain classes does not autoflush before lazy loads (that check
 * would compare every held object on each load); call {@link #flush()} first there when a lazy
 * load must see changes not yet written.
 *
 * <p>A session is for one thread at a time; a second thread entering it while the first is inside
 * gets an {@link InvalidRequestError}. It holds strong references to every object it tracks until
 * it is closed, expunged or cleared.
 *
 * <p>{@code Session} is an interface so that frameworks can hand out a proxy that resolves to the
 * session of the current transaction (Spring's shared {@code Session} bean); sessions themselves
 * come from {@link SessionFactory#open()}.
 */
public interface Session extends AutoCloseable {
    /**
     * Adds a transient object (pending until flushed); a persistent or pending one is left as is. A
     * detached object that kept its state (one a session loaded, or of an enhanced class) becomes
     * persistent again, and what changed while it was detached is written as an UPDATE; adding it
     * while another open session holds it, or while this one holds another object with its
     * identity, is an {@link InvalidRequestError}. A plain object made with {@code new} keeps no
     * state once detached: merge it instead.
     */
    void add(Object object);

    /** Adds each object. */
    void addAll(Collection<?> objects);

    /**
     * The object with this primary key (an array or list of values for a composite key): from the
     * identity map without SQL when the session holds it, else loaded; {@code null} when no row.
     */
    <T> T get(Class<T> entityClass, Object id);

    /** Like {@link #get} but raises {@link NoResultFound} when there is no row. */
    <T> T getOne(Class<T> entityClass, Object id);

    /** Marks a persistent object for deletion at the next flush; a pending one is simply expunged. */
    void delete(Object object);

    /** Writes every pending change to the database inside the current transaction. */
    void flush();

    /**
     * Turns autoflush on or off for this session alone (it starts as the factory's
     * {@link SessionFactory#autoflush()}). Off, queries see only what was flushed; {@link #flush()}
     * and {@link #commit()} still write pending changes. A read-only transaction turns it off so
     * that reading never sends an INSERT or UPDATE.
     */
    void setAutoflush(boolean autoflush);

    /** Whether queries on this session flush pending changes first. */
    boolean isAutoflush();

    /**
     * Sets where this session's work goes when its engines have read replicas (it starts as
     * {@link ReplicaRouting#READ_YOUR_WRITES} for a factory that
     * {@linkplain SessionFactory.Builder#readFromReplicas reads from replicas}, else
     * {@link ReplicaRouting#PRIMARY}). A read-only Spring transaction sets
     * {@link ReplicaRouting#READ_ONLY} for its duration. The next statement follows it, inside a
     * transaction too; connections the transaction already opened stay in it until it ends.
     */
    void setReplicaRouting(ReplicaRouting routing);

    /** Where this session's work goes when its engines have read replicas. */
    ReplicaRouting replicaRouting();

    /** Runs {@code work} without autoflush, for queries that must not see half-built objects. */
    <R> R noAutoflush(Supplier<R> work);

    /**
     * Runs a statement after an autoflush; rows are plain values. An UPDATE or DELETE of a mapped
     * class ({@code update(User.class)}) keeps the objects in the session right with
     * {@link SynchronizeSession#AUTO}.
     */
    Result execute(Executable statement);

    /** Runs a statement with parameters after an autoflush. */
    Result execute(Executable statement, Map<String, ?> parameters);

    /**
     * Runs an ORM-enabled UPDATE or DELETE ({@code update(User.class).where(…).values(…)}),
     * bringing the objects the session holds in step with the changed rows as {@code sync} says.
     */
    Result execute(Executable statement, SynchronizeSession sync);

    /**
     * Runs a statement once per parameter set, in a JDBC batch: {@code execute(insert(User.class),
     * List.of(Map.of("username", "a"), …))} is a bulk insert whose keys are attribute names.
     */
    Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets);

    /**
     * The first item of each row: objects through the identity map when the select names an
     * entity ({@code select(User.class)}, {@code select(User_.TABLE)}), else plain values. Every row
     * is read before this returns; see {@link #stream} for results too large to hold.
     */
    <T> EntityResult<T> scalars(Select select);

    /**
     * {@link #scalars(Select)} of a select that carries its element type, so
     * {@code for (Employee e : session.scalars(select(Employee.class)))} needs no type witness.
     */
    default <T> EntityResult<T> scalars(TypedSelect<T> select) {
        return this.<T>scalars((Select) select);
    }

    /**
     * The first item of each row, read {@code yieldPer} rows at a time from a server-side cursor
     * (SQLAlchemy's {@code yield_per}), for results too large to hold:
     *
     * <pre>{@code
     * try (StreamedResult<Customer> customers = session.stream(select(Customer.class), 1000)) {
     *     for (List<Customer> partition : customers.partitions()) { … }
     * }
     * }</pre>
     *
     * <p>Each partition's objects are loaded, and their {@code selectinLoad} relationships filled, before
     * the next rows are fetched. Memory stays bounded because the session lets go of the objects a
     * partition loaded once the iteration has moved past it (detaching them), unless they have
     * changes to flush; objects the session held before are left alone. Joined eager loading of a
     * collection and {@code subqueryLoad} are refused, as in SQLAlchemy. The cursor lives in the
     * session's transaction: commit or rollback closes it.
     *
     * @throws dev.athanor.exc.ArgumentError when {@code yieldPer} is less than 1
     */
    <T> StreamedResult<T> stream(Select select, int yieldPer);

    /** {@link #stream(Select, int)} of a select that carries its element type. */
    default <T> StreamedResult<T> stream(TypedSelect<T> select, int yieldPer) {
        return this.<T>stream((Select) select, yieldPer);
    }

    /**
     * Every row as a list of its items: {@code select(User.class, Address.class)} yields
     * {@code [user, address]} per row, entities through the identity map; other columns are values.
     */
    EntityResult<List<Object>> rows(Select select);

    <T> EntityResult<T> scalars(dev.athanor.sql.Update update);

    /** The first item of the first row, or {@code null}. */
    <T> T scalar(Select select);

    /** {@link #scalar(Select)} of a select that carries its element type: {@code Employee e = scalar(select(Employee.class)…)}. */
    default <T> T scalar(TypedSelect<T> select) {
        return this.<T>scalar((Select) select);
    }

    /**
     * What this session has sent so far: statements, and lazy loads by relationship
     * ({@code stats().lazyLoads("Author.books")}), the N+1 signal.
     */
    SessionStats stats();

    /** Whether the object is pending or persistent in this session. */
    boolean contains(Object object);

    /**
     * Whether a persistent object has unflushed changes: a column, a reference or a collection
     * differs from what was loaded or last flushed (a pending one always has).
     */
    boolean isModified(Object object);

    /** The pending objects, in the order they were added. */
    List<Object> newObjects();

    /** The persistent objects with unflushed changes, in columns or relationships (see {@link #isModified}). */
    List<Object> dirty();

    /** The objects marked for deletion at the next flush. */
    List<Object> deleted();

    /**
     * The state of an object as this session sees it: {@code DETACHED} for a loaded object it
     * expunged or let go of, {@code TRANSIENT} for one it never knew.
     */
    ObjectState stateOf(Object object);

    /** The object's identity, or {@code null} while it is transient or pending. */
    IdentityKey identityOf(Object object);

    /** The names of the attributes changed since the object was loaded or flushed. */
    List<String> modifiedAttributes(Object object);

    /**
     * The history of one attribute of an object this session tracks; a transient object's value
     * counts as added.
     */
    AttributeHistory history(Object object, String attribute);

    /**
     * Reloads the object's columns from the database now, discarding its unflushed changes. Like
     * SQLAlchemy's, a refresh does not autoflush: it shows what the database holds, and the
     * session's other pending changes stay pending.
     */
    void refresh(Object object);

    /**
     * Reloads only the named attributes from the database, discarding their unflushed changes;
     * changes to the other attributes stay pending. Like {@link #refresh(Object)} it does not
     * autoflush. {@code refresh(author, "name", "email")} sends
     * {@code SELECT author.name, author.email FROM author WHERE author.id = ?}. A relationship name
     * ({@code refresh(author, "books")}) loads that relationship again with its own SELECT.
     */
    void refresh(Object object, String... attributes);

    /** Marks the object so the next query that returns its row overwrites its fields. */
    void expire(Object object);

    /** Expires every persistent object. */
    void expireAll();

    /** Removes the object from the session: pending ones become transient, persistent ones detached. */
    void expunge(Object object);

    /** Removes every object from the session. */
    void expungeAll();

    /**
     * Copies the state of a detached or transient object onto the persistent instance with the
     * same identity (loading it, or adding a new one), and returns that instance.
     */
    <T> T merge(T object);

    /** Begins the session's transaction explicitly (it also begins by itself on first use). */
    void begin();

    /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. */
    <R> R transaction(Function<Session, R> work);

    /**
     * {@link #transaction(Function)} for work that returns nothing, SQLAlchemy's
     * {@code with session.begin(): …}: commits when it returns, rolls back when it throws.
     */
    default void transactionWithoutResult(Consumer<Session> work) {
        transaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Flushes, then begins a SAVEPOINT; rolling it back undoes the database work and the
     * in-session changes made inside it.
     */
    Savepoint beginNested();

    /** Runs {@code work} inside a SAVEPOINT: released when it returns, rolled back when it throws. */
    <R> R nested(Function<Session, R> work);

    /**
     * {@link #nested(Function)} for work that returns nothing, SQLAlchemy's
     * {@code with session.begin_nested(): …}: the SAVEPOINT is released when it returns and rolled
     * back when it throws.
     */
    default void nestedWithoutResult(Consumer<Session> work) {
        nested(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Flushes and commits the outermost transaction (a no-op when none has begun). */
    void commit();

    /**
     * Rolls back the outermost transaction: the database work, and in the session pending objects
     * are expunged, objects inserted in it become transient, changed and deleted ones get their
     * database values back. Clears the error state left by a failed flush.
     */
    void rollback();

    /** The session's factory. */
    SessionFactory factory();

    @Override
    void close();

    /** Whether {@link #close()} was called. */
    boolean isClosed();

    /** Runs {@code work} on this session's connection for a mapper (for listeners and repositories). */
    void withConnection(Consumer<Connection> work);
}
