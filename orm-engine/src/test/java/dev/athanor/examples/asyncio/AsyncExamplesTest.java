package dev.athanor.examples.asyncio;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.engine.EngineOptions;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.User;
import dev.athanor.examples.blog.User_;
import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.EntityResult;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documents' asyncio examples: an async engine and session factory, {@code session.begin()},
 * query functions, eager loading (lazy loads raise), and the FastAPI dependency that hands each
 * request a session, whose Java form is {@link AsyncSessionFactory#withSession}.
 */
class AsyncExamplesTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private final List<String> printed = new ArrayList<>();

    private void print(String line) {
        printed.add(line);
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL})
    void anAsyncEngineAndSessionFactory(TestDb db) {
        Registry registry = Registry.of(User.class, Post.class);
        String url = db.database().url();
        // tag::async-engine[]
        AsyncEngine asyncEngine = Athanor.createAsyncEngine(url, EngineOptions.builder().echo(true).poolSize(10).build());
        AsyncSessionFactory asyncSessionLocal = AsyncSessionFactory.builder(asyncEngine, registry)
                .expireOnCommit(false)
                .build();
        // end::async-engine[]
        try (asyncEngine) {
            asyncEngine.transaction(conn -> conn.runSyncWithoutResult(c -> {
                registry.metadata().dropAll(c);
                registry.metadata().createAll(c);
            })).join();
            // tag::async-engine-usage[]
            List<User> users = asyncSessionLocal.withSession(session -> session.scalars(select(User.class)))
                    .join().all();
            // end::async-engine-usage[]
            assertThat(users).isEmpty();
            asyncEngine.transaction(conn -> conn.runSyncWithoutResult(registry.metadata()::dropAll)).join();
        }
    }

    @DatabaseTest
    void aSessionTransactionCommitsOrRollsBack(TestDb db) {
        tables.create(db, User.class, Post.class);
        try (AsyncEngine engine = AsyncEngine.of(db.engine())) {
            AsyncSessionFactory asyncSession = AsyncSessionFactory.builder(engine, tables.registry()).build();
            asyncSession.withSession(s -> s.transaction(tx -> {
                tx.add(new User("alice", "alice@example.com"));
                return CompletableFuture.completedFuture(null);
            })).join();
            // tag::async-begin[]
            List<User> users = asyncSession.withSession(session -> session.transaction(
                    tx -> tx.scalars(select(User.class)))).join().all();
            // end::async-begin[]
            assertThat(users).extracting(User::getUsername).containsExactly("alice");
        }
    }

    // tag::async-queries[]
    record UserQueries(AsyncSessionFactory asyncSession) {
        CompletableFuture<User> getUser(int userId) {
            return asyncSession.withSession(session -> session.scalar(select(User.class).where(User_.id.eq(userId))));
        }

        CompletableFuture<List<User>> getUsersPaginated(int page, int perPage) {
            return asyncSession.withSession(session -> session.scalars(select(User.class)
                    .orderBy(User_.createdAt.desc(), User_.id.desc())
                    .offset((page - 1) * perPage)
                    .limit(perPage))).thenApply(EntityResult::all);
        }

        CompletableFuture<User> createUser(String username, String email) {
            return asyncSession.withSession(session -> session.transaction(tx -> {
                User user = new User(username, email);
                tx.add(user);
                return tx.flush().thenCompose(flushed -> tx.refresh(user)).thenApply(refreshed -> user);
            }));
        }
    }
    // end::async-queries[]

    @DatabaseTest
    void queryFunctionsReturnFutures(TestDb db) {
        tables.create(db, User.class, Post.class);
        try (AsyncEngine engine = AsyncEngine.of(db.engine())) {
            UserQueries queries = new UserQueries(AsyncSessionFactory.builder(engine, tables.registry())
                    .expireOnCommit(false).build());
            User alice = queries.createUser("alice", "alice@example.com").join();
            for (int i = 1; i <= 4; i++) {
                queries.createUser("user" + i, "user" + i + "@example.com").join();
            }
            assertThat(alice.getId()).isEqualTo(1);
            assertThat(alice.getIsActive()).as("refreshed: the server default was read back").isTrue();
            assertThat(queries.getUser(1).join().getUsername()).isEqualTo("alice");
            assertThat(queries.getUser(99).join()).isNull();
            assertThat(queries.getUsersPaginated(1, 2).join()).extracting(User::getUsername)
                    .containsExactly("user4", "user3");
            assertThat(queries.getUsersPaginated(3, 2).join()).extracting(User::getUsername).containsExactly("alice");
        }
    }

    // tag::async-endpoints[]
    /** FastAPI's path operations with {@code Depends(get_db)}: each call gets a session of its own. */
    record UserEndpoints(AsyncSessionFactory sessions) {
        CompletableFuture<User> getUser(int userId) {
            return sessions.withSession(db -> db.scalar(select(User.class).where(User_.id.eq(userId))))
                    .thenApply(user -> {
                        if (user == null) {
                            throw new NoSuchElementException("User not found");   // a 404 in a web layer
                        }
                        return user;
                    });
        }

        CompletableFuture<User> createUser(String username, String email) {
            return sessions.withSession(db -> {
                User user = new User(username, email);
                db.add(user);
                return db.commit().thenCompose(committed -> db.refresh(user)).thenApply(refreshed -> user);
            });
        }
    }
    // end::async-endpoints[]

    @DatabaseTest
    void endpointsGetASessionPerCall(TestDb db) {
        tables.create(db, User.class, Post.class);
        try (AsyncEngine engine = AsyncEngine.of(db.engine())) {
            UserEndpoints endpoints = new UserEndpoints(AsyncSessionFactory.builder(engine, tables.registry()).build());
            User created = endpoints.createUser("alice", "alice@example.com").join();
            assertThat(endpoints.getUser(created.getId()).join().getEmail()).isEqualTo("alice@example.com");
            assertThatThrownBy(() -> endpoints.getUser(42).join()).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(NoSuchElementException.class).hasMessageContaining("User not found");
            assertThat(engine.slotsInUse()).isZero();
        }
    }

    @DatabaseTest
    void itemsAreAddedCommittedAndReadInNameOrder(TestDb db) {
        Registry registry = Registry.of(Item.class);
        tables.create(db, registry);
        try (AsyncEngine asyncEngine = AsyncEngine.of(db.engine())) {
            // tag::async-main[]
            AsyncSessionFactory asyncSessionLocal = AsyncSessionFactory.builder(asyncEngine, registry)
                    .expireOnCommit(false).build();

            asyncSessionLocal.withSession(session -> {
                session.addAll(List.of(new Item("alpha"), new Item("beta")));
                return session.commit()
                        .thenCompose(committed -> session.scalars(select(Item.class).orderBy(Item_.name)));
            }).thenAccept(result -> result.forEach(item -> print(item.getId() + " " + item.getName()))).join();
            // end::async-main[]
        }
        assertThat(printed).containsExactly("1 alpha", "2 beta");
    }

    @DatabaseTest
    void relationshipsAreLoadedEagerlyBecauseLazyLoadsRaise(TestDb db) {
        SessionFactory sync = tables.create(db, User.class, Post.class);
        try (Session session = sync.open()) {
            User alice = new User("alice", "alice@example.com");
            new Post("First", "Text", alice);
            new Post("Second", "Text", alice);
            session.add(alice);
            session.commit();
        }
        try (AsyncEngine engine = AsyncEngine.of(db.engine())) {
            AsyncSessionFactory asyncSessionLocal = AsyncSessionFactory.of(engine, sync);
            // tag::async-eager[]
            asyncSessionLocal.withSession(session -> session.scalars(
                    select(User.class).options(selectinLoad(User_.posts))))
                    .thenAccept(users -> users.forEach(user -> print(user.getUsername() + " "
                            + user.getPosts().stream().map(Post::getTitle).toList())))
                    .join();
            // end::async-eager[]
            asyncSessionLocal.withSession(session -> session.scalars(select(User.class)).thenAccept(users ->
                    assertThatThrownBy(() -> users.first().getPosts().size()).isInstanceOf(LazyLoadError.class)))
                    .join();
        }
        assertThat(printed).containsExactly("alice [First, Second]");
    }

    // tag::async-dependency[]
    /** FastAPI's {@code get_session} dependency and {@code list_items} path operation. */
    record ItemEndpoints(AsyncSessionFactory sessions) {
        CompletableFuture<List<Map<String, Object>>> listItems() {
            return sessions.withSession(session -> session.scalars(select(Item.class)))
                    .thenApply(items -> items.stream()
                            .<Map<String, Object>>map(i -> Map.of("id", i.getId(), "name", i.getName()))
                            .toList());
        }
    }
    // end::async-dependency[]

    @DatabaseTest
    void theItemsEndpointListsIdsAndNames(TestDb db) {
        SessionFactory sync = tables.create(db, Item.class);
        try (Session session = sync.open()) {
            session.add(new Item("alpha"));
            session.commit();
        }
        try (AsyncEngine engine = AsyncEngine.of(db.engine())) {
            ItemEndpoints endpoints = new ItemEndpoints(AsyncSessionFactory.of(engine, sync));
            assertThat(endpoints.listItems().join()).containsExactly(Map.of("id", 1, "name", "alpha"));
        }
    }
}
