package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.event.ListenerRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Makes sessions with one configuration, like SQLAlchemy's {@code sessionmaker}: the engine (and
 * per-class engines), the registry, {@code expireOnCommit} and {@code autoflush}.
 *
 * <pre>{@code
 * SessionFactory sessions = SessionFactory.builder(engine, registry).expireOnCommit(false).build();
 * try (Session s = sessions.open()) { … }
 * }</pre>
 */
public final class SessionFactory {
    private final Engine engine;
    private final Registry registry;
    private final boolean expireOnCommit;
    private final boolean autoflush;
    private final Map<Class<?>, Engine> binds;
    private final NPlusOneMode nPlusOneMode;
    private final int nPlusOneThreshold;
    private final boolean readFromReplicas;
    private final ListenerRegistry<SessionListener> listeners = new ListenerRegistry<>();

    private SessionFactory(Builder builder) {
        this.engine = builder.engine;
        this.registry = builder.registry;
        this.expireOnCommit = builder.expireOnCommit;
        this.autoflush = builder.autoflush;
        this.binds = Map.copyOf(builder.binds);
        this.nPlusOneMode = builder.nPlusOneMode;
        this.nPlusOneThreshold = builder.nPlusOneThreshold;
        this.readFromReplicas = builder.readFromReplicas;
    }

    /** A builder for sessions on {@code engine} over the classes of {@code registry}. */
    public static Builder builder(Engine engine, Registry registry) {
        return new Builder(engine, registry);
    }

    /** A new session with its own connection, taken from the pool on first use. */
    public Session open() {
        return opened(new TrackingSession(this, null));
    }

    /**
     * A session joined to a connection the caller controls, in savepoint mode: the session's
     * transactions are SAVEPOINTs inside the caller's transaction, so a test that rolls the
     * connection back at the end undoes everything, even work the code under test committed.
     */
    public Session open(Connection connection) {
        return opened(new TrackingSession(this, Objects.requireNonNull(connection, "connection")));
    }

    /**
     * A session whose attribute access asks {@code guard} before it loads anything (a lazy
     * relationship, an expired object, a deferred column), so a caller can refuse loads on threads
     * that must not block: the asyncio layer's {@code AsyncSession} is built on this.
     */
    public Session open(LazyLoadGuard guard) {
        return opened(new TrackingSession(this, null, Objects.requireNonNull(guard, "guard")));
    }

    private Session opened(TrackingSession session) {
        fire(l -> l.afterOpen(session));
        return session;
    }

    /** Registers a session listener; closing the registration removes it. */
    public ListenerRegistry.Registration addListener(SessionListener listener) {
        return listeners.add(listener);
    }

    void fire(Consumer<SessionListener> event) {
        if (!listeners.isEmpty()) {
            listeners.fire(event);
        }
    }

    /** The registry of mapped classes. */
    public Registry registry() {
        return registry;
    }

    /** The default engine. */
    public Engine engine() {
        return engine;
    }

    /** Whether commit expires every object (the next load of its row refreshes it). */
    public boolean expireOnCommit() {
        return expireOnCommit;
    }

    /** Whether queries flush pending changes first. */
    public boolean autoflush() {
        return autoflush;
    }

    /** What sessions do when one relationship is lazily loaded more than {@link #nPlusOneThreshold()} times. */
    public NPlusOneMode nPlusOneMode() {
        return nPlusOneMode;
    }

    /** Lazy loads of one relationship a session allows before {@link #nPlusOneMode()} applies. */
    public int nPlusOneThreshold() {
        return nPlusOneThreshold;
    }

    /** Whether sessions read from the engines' replicas until they write (see {@link Builder#readFromReplicas}). */
    public boolean readFromReplicas() {
        return readFromReplicas;
    }

    Engine engineFor(Mapper<?> mapper) {
        return mapper == null ? engine : binds.getOrDefault(mapper.entityClass(), engine);
    }

    /** Whether the engine, or an engine a class is bound to, is in {@code AUTOCOMMIT} isolation. */
    boolean usesAutocommitEngine() {
        return engine.isAutocommit() || binds.values().stream().anyMatch(Engine::isAutocommit);
    }

    /** Configures a {@link SessionFactory}. */
    public static final class Builder {
        private final Engine engine;
        private final Registry registry;
        private final Map<Class<?>, Engine> binds = new LinkedHashMap<>();
        private boolean expireOnCommit = true;
        private boolean autoflush = true;
        private NPlusOneMode nPlusOneMode = NPlusOneMode.WARN;
        private int nPlusOneThreshold = 10;
        private boolean readFromReplicas;

        private Builder(Engine engine, Registry registry) {
            this.engine = Objects.requireNonNull(engine, "engine");
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /** Whether commit expires objects (default true, as SQLAlchemy). */
        public Builder expireOnCommit(boolean expireOnCommit) {
            this.expireOnCommit = expireOnCommit;
            return this;
        }

        /** Whether queries flush first (default true). */
        public Builder autoflush(boolean autoflush) {
            this.autoflush = autoflush;
            return this;
        }

        /**
         * The N+1 detector: once a session has lazily loaded one relationship more than
         * {@code threshold} times, WARN logs it once under {@code athanor.orm} (the default, with a
         * threshold of 10), RAISE throws (for tests), OFF only counts.
         */
        public Builder nPlusOne(NPlusOneMode mode, int threshold) {
            if (threshold < 0) {
                throw new dev.athanor.exc.ArgumentError("nPlusOne threshold must be 0 or more, got " + threshold);
            }
            this.nPlusOneMode = Objects.requireNonNull(mode, "mode");
            this.nPlusOneThreshold = threshold;
            return this;
        }

        /**
         * Whether sessions read from the engines' read replicas ({@code EngineOptions.replicas}),
         * for read-mostly work such as Spring's {@code @Transactional(readOnly = true)}. A session
         * that writes (flush, INSERT/UPDATE/DELETE, text SQL) sends that and all its later work to
         * the primary until it closes, so it always reads its own writes. Default false.
         */
        public Builder readFromReplicas(boolean readFromReplicas) {
            this.readFromReplicas = readFromReplicas;
            return this;
        }

        /** Stores the rows of {@code entityClass} through another engine. */
        public Builder bind(Class<?> entityClass, Engine other) {
            registry.mapper(entityClass);
            binds.put(entityClass, Objects.requireNonNull(other, "engine"));
            return this;
        }

        /** The factory. */
        public SessionFactory build() {
            return new SessionFactory(this);
        }
    }
}
