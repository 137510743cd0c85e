package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.Transaction;
import dev.athanor.exc.InvalidRequestError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The database connections of one session: either the single connection it was joined to
 * ({@link SessionFactory#open(Connection)}, savepoint mode), or one connection per engine, taken
 * from the pool on first use and returned when the transaction ends, as SQLAlchemy's session does,
 * so an idle session holds no connection and sessions kept across requests do not drain the pool.
 *
 * <p>Where connections come from follows the session's {@link ReplicaRouting}. With
 * {@link ReplicaRouting#READ_YOUR_WRITES} (a factory that
 * {@linkplain SessionFactory.Builder#readFromReplicas reads from replicas}) they come from an
 * engine's replicas until the session first writes; from then on from the primary until it
 * closes, so it reads what it wrote (a replica may not have it yet). Replica connections already
 * open stay in the transaction and end with it. Primary connections opened after a write keep
 * {@linkplain dev.athanor.engine.ReadOnlyOption read-only} queries too, for the same reason.
 *
 * <p>Hazard: a connection opened while savepoints are active must get one SAVEPOINT per active
 * level too, or work done on it inside a savepoint would survive that savepoint's rollback.
 */
final class SessionConnections {
    private final SessionFactory factory;
    private final Connection joined;
    private final Map<Route, Connection> opened = new LinkedHashMap<>();
    private ReplicaRouting routing;
    /** Whether the session has written: its reads stay on the primary until it closes. */
    private boolean wrote;
    /** Statements sent on connections already given back (see {@link #statementCount}). */
    private long statementsOnReleased;
    /** The joined connection's count when the session began. */
    private final long joinedBase;
    private boolean closed;

    SessionConnections(SessionFactory factory, Connection joined) {
        this.factory = factory;
        this.joined = joined;
        this.routing = factory.readFromReplicas() ? ReplicaRouting.READ_YOUR_WRITES : ReplicaRouting.PRIMARY;
        this.joinedBase = joined == null ? 0 : joined.statementCount();
    }

    /**
     * The statements the session has sent, for {@link Session#stats()}: those of the connections it
     * let go of, and what its open ones (and a joined one, since the session began) have sent. Each
     * connection counts its own: a listener per session on the engine made every statement of every
     * session call every open session's listener, and each open and close copy the engine's list.
     */
    long statementCount() {
        long count = statementsOnReleased;
        for (Connection connection : opened.values()) {
            count += connection.statementCount();
        }
        if (joined != null && !closed) {
            count += joined.statementCount() - joinedBase;
        }
        return count;
    }

    /** Whether the session runs inside a transaction the caller controls. */
    boolean isJoined() {
        return joined != null;
    }

    /**
     * The connection for a mapper's engine ({@code null}: the default engine), opened on first use
     * inside the transaction level {@code transaction} supplies.
     */
    Connection forMapper(Mapper<?> mapper, Supplier<SessionTransaction> transaction) {
        if (joined != null) {
            return joined;
        }
        boolean readOnly = routing == ReplicaRouting.READ_ONLY || routing == ReplicaRouting.READ_YOUR_WRITES && !wrote;
        Route route = new Route(factory.engineFor(mapper), readOnly);
        Connection connection = opened.get(route);
        if (connection == null) {
            connection = readOnly ? route.engine().connectReadOnly() : route.engine().connect();
            if (wrote) {
                connection.keepReadsHere();
            }
            opened.put(route, connection);
            beginActiveSavepoints(transaction.get(), connection);
        }
        return connection;
    }

    /**
     * The session is about to write: its connections come from the primary from now on (a
     * read-only session's write goes on to its replica, which refuses it).
     */
    void writing() {
        if (routing != ReplicaRouting.READ_ONLY) {
            wrote = true;
        }
    }

    ReplicaRouting routing() {
        return routing;
    }

    /** Changes where the next statements go; connections already opened stay in the transaction until it ends. */
    void setRouting(ReplicaRouting routing) {
        this.routing = Objects.requireNonNull(routing, "routing");
    }

    /**
     * Begins a SAVEPOINT for {@code level} on every connection in use; refused up front when a
     * connection the session may use is in {@code AUTOCOMMIT} isolation, even before it is opened.
     */
    void beginSavepoints(SessionTransaction level) {
        if (joined != null ? joined.engine().isAutocommit() : factory.usesAutocommitEngine()) {
            throw new InvalidRequestError("A savepoint (beginNested) needs a database transaction,"
                    + " and this session's engine is in AUTOCOMMIT isolation: each statement commits by itself");
        }
        for (Connection connection : joined != null ? List.of(joined) : List.copyOf(opened.values())) {
            level.databaseTransactions.add(connection.beginNested());
        }
    }

    /** In savepoint mode, the SAVEPOINT that stands for the session's outermost transaction. */
    void beginRoot(SessionTransaction root) {
        if (joined != null) {
            root.databaseTransactions.add(joined.beginNested());
        }
    }

    private static void beginActiveSavepoints(SessionTransaction level, Connection connection) {
        if (level.isNested()) {
            beginActiveSavepoints(level.parent, connection);
            level.databaseTransactions.add(connection.beginNested());
        }
    }

    /** Commits the outermost transaction (its savepoint, when joined) and returns the connections. */
    void commit(SessionTransaction root) {
        root.databaseTransactions.forEach(Transaction::commit);
        if (joined == null) {
            opened.values().forEach(Connection::commit);
            release();
        }
    }

    /**
     * Rolls back the outermost transaction: when joined, only the session's savepoint (the
     * caller's transaction goes on); otherwise each connection, which then goes back to the pool.
     */
    void rollback(SessionTransaction root) {
        if (joined != null) {
            if (root != null) {
                root.databaseTransactions.forEach(Transaction::rollback);
            }
        } else {
            opened.values().forEach(Connection::rollback);
            release();
        }
    }

    /** Closes the connections the session opened (closing rolls back what they did not commit). */
    void close() {
        try {
            release();
        } finally {
            if (joined != null && !closed) {
                statementsOnReleased += joined.statementCount() - joinedBase;
            }
            closed = true;
        }
    }

    private void release() {
        try {
            opened.values().forEach(Connection::close);
        } finally {
            opened.values().forEach(connection -> statementsOnReleased += connection.statementCount());
            opened.clear();
        }
    }

    /**
     * An engine, and whether its connection was taken for reading only (from a replica, if any).
     * Equality is written out: every statement of a session looks its connection up by route, and a
     * record's generated equals and hashCode go through a method-handle bootstrap on each call.
     */
    private record Route(Engine engine, boolean readOnly) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Route route && route.engine == engine && route.readOnly == readOnly;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(engine) * 2 + (readOnly ? 1 : 0);
        }
    }
}
