package dev.athanor.asyncio;

import dev.athanor.exc.ArgumentError;
import dev.athanor.orm.NPlusOneMode;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Makes {@link AsyncSession}s with one configuration, like SQLAlchemy's {@code async_sessionmaker}:
 *
 * <pre>{@code
 * AsyncSessionFactory sessions = AsyncSessionFactory.builder(engine, registry).expireOnCommit(false).build();
 * sessions.withSession(session -> session.get(User.class, 1)).thenAccept(user -> …);
 * }</pre>
 *
 * <p>It wraps a {@link SessionFactory}, so sessions' listeners, metrics and the N+1 detector are
 * those of synchronous sessions. {@code SessionFactory.openAsync()} is not offered because the
 * {@code orm} layer cannot know this package, which sits above it: wrap a factory with
 * {@link #of(AsyncEngine, SessionFactory)} instead.
 */
public final class AsyncSessionFactory {
    private final AsyncEngine engine;
    private final SessionFactory sessions;

    private AsyncSessionFactory(AsyncEngine engine, SessionFactory sessions) {
        this.engine = engine;
        this.sessions = sessions;
    }

    /** A builder for async sessions on {@code engine} over the classes of {@code registry}. */
    public static Builder builder(AsyncEngine engine, Registry registry) {
        return new Builder(engine, registry);
    }

    /**
     * Async sessions configured as {@code sessions} is (its listeners included), which must use the
     * engine underneath {@code engine}.
     */
    public static AsyncSessionFactory of(AsyncEngine engine, SessionFactory sessions) {
        if (sessions.engine() != engine.syncEngine()) {
            throw new ArgumentError("The SessionFactory uses " + sessions.engine() + " but the AsyncEngine wraps "
                    + engine.syncEngine() + "; wrap the factory's own engine with AsyncEngine.of(sessions.engine())");
        }
        return new AsyncSessionFactory(engine, sessions);
    }

    /** A new session; it takes a connection on first use. Close it ({@link AsyncSession#close()}). */
    public AsyncSession open() {
        return new AsyncSession(this);
    }

    /**
     * Opens a session, runs {@code work} with it and closes it when the work's future completes,
     * like {@code async with AsyncSessionLocal() as session}. Closing rolls back what was not committed.
     */
    public <R> CompletableFuture<R> withSession(Function<AsyncSession, ? extends CompletionStage<R>> work) {
        AsyncSession session = open();
        return Futures.using(Futures.call(() -> work.apply(session)), session::close);
    }

    /** The async engine. */
    public AsyncEngine engine() {
        return engine;
    }

    /** The synchronous factory underneath: its listeners see async sessions too. */
    public SessionFactory syncFactory() {
        return sessions;
    }

    /** Configures an {@link AsyncSessionFactory}, as {@link SessionFactory.Builder} does. */
    public static final class Builder {
        private final AsyncEngine engine;
        private final SessionFactory.Builder sessions;

        private Builder(AsyncEngine engine, Registry registry) {
            this.engine = engine;
            this.sessions = SessionFactory.builder(engine.syncEngine(), registry);
        }

        /** Whether commit expires objects (default true, as SQLAlchemy; async code usually wants false). */
        public Builder expireOnCommit(boolean expireOnCommit) {
            sessions.expireOnCommit(expireOnCommit);
            return this;
        }

        /** Whether queries flush first (default true). */
        public Builder autoflush(boolean autoflush) {
            sessions.autoflush(autoflush);
            return this;
        }

        /** The N+1 detector's mode and threshold, as {@link SessionFactory.Builder#nPlusOne}. */
        public Builder nPlusOne(NPlusOneMode mode, int threshold) {
            sessions.nPlusOne(mode, threshold);
            return this;
        }

        /** The factory. */
        public AsyncSessionFactory build() {
            return new AsyncSessionFactory(engine, sessions.build());
        }
    }
}
