package dev.athanor.examples.session;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.delete;
import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.examples.Printed;
import dev.athanor.examples.models.Author;
import dev.athanor.examples.models.Blog;
import dev.athanor.examples.models.Book;
import dev.athanor.examples.models.Library;
import dev.athanor.examples.models.Post;
import dev.athanor.examples.models.User;
import dev.athanor.examples.models.UserProfile;
import dev.athanor.examples.models.User_;
import dev.athanor.exc.DetachedInstanceError;
import dev.athanor.exc.IntegrityError;
import dev.athanor.orm.ScopedSession;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' session examples: the unit of work's life cycle and object states. */
class SessionExamplesTest {
    @RegisterExtension
    final Printed out = new Printed();
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory blog(TestDb db) {
        tables.create(db, Blog.registry());
        return SessionFactory.builder(db.engine(), tables.registry()).expireOnCommit(false).build();
    }

    private static void addUsers(SessionFactory sessions, String... usernames) {
        try (Session session = sessions.open()) {
            for (String username : usernames) {
                session.add(new User(username, username + "@example.com"));
            }
            session.commit();
        }
    }

    @DatabaseTest
    void sessionFactoryAndSessionScope(TestDb db) {
        tables.create(db, Blog.registry());
        addUsers(SessionFactory.builder(db.engine(), tables.registry()).build(), "john");
        var engine = db.engine();
        var registry = tables.registry();
        // tag::session-factory[]
        SessionFactory sessionLocal = SessionFactory.builder(engine, registry).expireOnCommit(false).build();

        try (Session session = sessionLocal.open()) {      // closed at the end of the block
            User user = session.scalar(select(User.class));
            session.commit();
        }

        Session session = sessionLocal.open();             // the same, by hand
        try {
            User user = session.scalar(select(User.class));
            session.commit();
        } finally {
            session.close();
        }
        // end::session-factory[]
        assertThat(session.isClosed()).isTrue();
        assertThat(engine.poolStatus().checkedOut()).isZero();
    }

    @DatabaseTest
    void addingAndUpdating(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::add-update[]
            User user = new User("john", "john@example.com");
            session.add(user);
            session.commit();
            session.refresh(user);                         // reads created_at, filled by the database

            session.addAll(List.of(
                    new User("user1", "user1@example.com"),
                    new User("user2", "user2@example.com")));
            session.commit();

            User first = session.get(User.class, 1);
            first.setEmail("newemail@example.com");        // the flush sees the change
            session.commit();

            session.execute(update(User.class)
                    .where(User_.isActive.isTrue())
                    .values(User_.lastLogin, func.now()));
            session.commit();
            // end::add-update[]
            assertThat(user.getCreatedAt()).isNotNull();
            assertThat(session.<String>scalars(select(User_.email).orderBy(User_.id)).all())
                    .containsExactly("newemail@example.com", "user1@example.com", "user2@example.com");
            assertThat(session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE)
                    .where(User_.lastLogin.isNotNull()))).isEqualTo(3L);
        }
    }

    @DatabaseTest
    @Requires(Capability.UPDATE_RETURNING)
    void updateReturningTheObject(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "john");
        try (Session session = sessions.open()) {
            // tag::update-returning[]
            User updated = session.<User>scalars(update(User.class)
                    .where(User_.id.eq(1))
                    .values(User_.email, "new@example.com")
                    .returning(User.class)).one();
            session.commit();
            // end::update-returning[]
            assertThat(updated.getEmail()).isEqualTo("new@example.com");
        }
    }

    @DatabaseTest
    void deleting(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "john", "jane", "old");
        try (Session session = sessions.open()) {
            session.get(User.class, 3).setActive(false);
            session.commit();
            // tag::delete[]
            User user = session.get(User.class, 1);
            session.delete(user);
            session.commit();

            Result result = session.execute(delete(User.class).where(User_.isActive.isFalse()));
            session.commit();
            System.out.println("Deleted " + result.rowCount() + " rows");
            // end::delete[]
            assertThat(out.lines()).containsExactly("Deleted 1 rows");
            assertThat(session.<String>scalars(select(User_.username)).all()).containsExactly("jane");
        }
    }

    @DatabaseTest
    @Requires(Capability.DELETE_RETURNING)
    void deleteReturningColumns(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "john");
        try (Session session = sessions.open()) {
            // tag::delete-returning[]
            Row deleted = session.execute(delete(User.class)
                    .where(User_.id.eq(1))
                    .returning(User_.id, User_.username)).first();
            session.commit();
            if (deleted != null) {
                System.out.println("Deleted user: " + deleted.get(User_.username));
            }
            // end::delete-returning[]
            assertThat(out.lines()).containsExactly("Deleted user: john");
        }
    }

    @DatabaseTest
    void transactionsAndSavepoints(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::transactions[]
            session.nestedWithoutResult(s ->              // SAVEPOINT; rolled back if the lambda throws
                    s.add(new User("test", "test@example.com")));
            session.commit();

            User user = new User("manual", "manual@example.com");
            session.begin();
            try {
                session.add(user);
                session.commit();
            } catch (RuntimeException e) {
                session.rollback();
                throw e;
            }

            session.transactionWithoutResult(s ->         // commits, or rolls back on an exception
                    s.add(new User("block", "block@example.com")));
            // end::transactions[]
            assertThat(session.<String>scalars(select(User_.username).orderBy(User_.id)).all())
                    .containsExactly("test", "manual", "block");
        }
    }

    @DatabaseTest
    void savepointRecoversFromAnInnerFailure(TestDb db) {
        tables.create(db, Library.registry());
        SessionFactory sessions = SessionFactory.builder(db.engine(), tables.registry()).build();
        // tag::savepoint[]
        try (Session session = sessions.open()) {
            session.transactionWithoutResult(s -> {
                Author author = new Author("Eve");
                s.add(author);
                try {
                    s.nestedWithoutResult(inner -> {       // SAVEPOINT
                        Book bad = new Book("Bad Book");
                        bad.setAuthorId(999);              // no such author: a foreign-key violation
                        inner.add(bad);
                        inner.flush();
                    });
                } catch (IntegrityError e) {
                    // the savepoint was rolled back; the outer transaction goes on
                }
                s.add(new Book("Good Book", author));
            });                                            // commits here
        }
        // end::savepoint[]
        try (Session session = sessions.open()) {
            assertThat(session.<String>scalars(select(dev.athanor.examples.models.Book_.title)).all())
                    .containsExactly("Good Book");
        }
    }

    @DatabaseTest
    void flushAssignsIdsBeforeCommit(TestDb db) {
        tables.create(db, Library.registry());
        SessionFactory sessions = SessionFactory.builder(db.engine(), tables.registry()).build();
        // tag::flush-then-commit[]
        try (Session session = sessions.open()) {
            Author author = new Author("Alice Smith");
            session.add(author);
            session.flush();                               // INSERT sent, not committed; the id is set
            System.out.println("Author id after flush: " + author.getId());

            Book book = new Book("Django Mastery");
            book.setAuthorId(author.getId());
            session.add(book);
            session.commit();                              // commits both
            System.out.println("Book id: " + book.getId());
        }
        // end::flush-then-commit[]
        assertThat(out.lines()).containsExactly("Author id after flush: 1", "Book id: 1");
    }

    @DatabaseTest
    void rollbackOnError(TestDb db) {
        tables.create(db, Library.registry());
        SessionFactory sessions = SessionFactory.builder(db.engine(), tables.registry()).build();
        // tag::rollback-on-error[]
        try (Session session = sessions.open()) {
            try {
                session.add(new Author("Duplicate"));
                session.add(new Author("Duplicate"));       // violates the unique name
                session.commit();
            } catch (IntegrityError e) {
                session.rollback();
                System.out.println("Rolled back: " + e.getMessage());
            }
        }
        // end::rollback-on-error[]
        assertThat(out.lines().get(0)).startsWith("Rolled back: (");
        if (db.database() == TestDatabase.POSTGRESQL) {
            assertThat(out.lines().get(0)).endsWith("duplicate key value violates unique constraint \"authors_name_key\"");
        }
        try (Session session = sessions.open()) {
            assertThat(session.<Long>scalar(select(func.count()).selectFrom(dev.athanor.examples.models.Author_.TABLE)))
                    .isZero();
        }
    }

    @DatabaseTest
    void expireOnCommitFalseKeepsAttributesReadable(TestDb db) {
        tables.create(db, Blog.registry());
        var engine = db.engine();
        var registry = tables.registry();
        // tag::expire-on-commit[]
        SessionFactory sessionLocal = SessionFactory.builder(engine, registry)
                .expireOnCommit(false)                     // objects keep their state after commit
                .build();

        try (Session session = sessionLocal.open()) {
            User user = new User("john", "john@example.com");
            session.add(user);
            session.commit();
            System.out.println(user.getUsername());
        }
        // end::expire-on-commit[]
        assertThat(out.lines()).containsExactly("john");
    }

    @DatabaseTest
    void detachedInstance(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            User john = new User("john", "john@example.com");
            john.getPosts().add(new Post("Hello", "Hi", john));
            session.add(john);
            session.commit();
        }
        // tag::detached[]
        User user;
        try (Session session = sessions.open()) {
            user = session.get(User.class, 1);
        }                                                  // closed: user is detached
        assertThatThrownBy(user::getPosts).isInstanceOf(DetachedInstanceError.class);

        try (Session session = sessions.open()) {          // load what will be needed while attached
            user = session.scalars(select(User.class)
                    .options(selectinLoad(User_.posts))
                    .where(User_.id.eq(1))).one();
        }
        System.out.println(user.getPosts().size());
        // end::detached[]
        assertThat(out.lines()).containsExactly("1");
    }

    @DatabaseTest
    void flushVersusCommit(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::flush-vs-commit[]
            User user = new User("john", "john@example.com");
            session.add(user);
            session.flush();                               // INSERT now: user.getId() is known
            UserProfile profile = new UserProfile("Hello", null);
            profile.setUser(user);
            session.add(profile);
            session.commit();                              // both rows, one transaction
            // end::flush-vs-commit[]
            assertThat(profile.getUserId()).isEqualTo(user.getId());
        }
    }

    @DatabaseTest
    void oneSessionPerThread(TestDb db) throws Exception {
        tables.create(db, Blog.registry());
        var engine = db.engine();
        var registry = tables.registry();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger n = new AtomicInteger();
        // tag::scoped-session[]
        ScopedSession scoped = new ScopedSession(SessionFactory.builder(engine, registry).build());

        Runnable work = () -> {                            // in each thread
            Session session = scoped.get();                // this thread's own session
            try {
                session.add(new User("worker-" + n.incrementAndGet(), null));
                session.commit();
            } finally {
                scoped.remove();                           // closes it
            }
        };
        // end::scoped-session[]
        for (int i = 0; i < 4; i++) {
            pool.submit(work);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        try (Session session = scoped.get()) {
            assertThat(session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE))).isEqualTo(4L);
        }
        scoped.remove();
    }

    @DatabaseTest
    void creatingRecords(TestDb db) {
        SessionFactory sessions = blog(db);
        // tag::create-records[]
        try (Session session = sessions.open()) {
            User user = new User("alice", "alice@example.com");
            session.add(user);
            session.commit();
            System.out.println("Created user with ID: " + user.getId());
        }

        try (Session session = sessions.open()) {
            session.addAll(List.of(
                    new User("bob", "bob@example.com"),
                    new User("charlie", "charlie@example.com")));
            session.commit();
        }

        try (Session session = sessions.open()) {
            User user = new User("david", "david@example.com");
            Post post = new Post("My Post", "Content here", user);
            session.add(post);                             // the cascade adds the user too
            session.commit();
        }

        try (Session session = sessions.open()) {          // many rows, one batched INSERT
            session.execute(insert(User.class), List.of(
                    Map.of("username", "user1", "email", "user1@example.com"),
                    Map.of("username", "user2", "email", "user2@example.com")));
            session.commit();
        }
        // end::create-records[]
        assertThat(out.lines()).containsExactly("Created user with ID: 1");
        try (Session session = sessions.open()) {
            assertThat(session.<String>scalars(select(User_.username).orderBy(User_.id)).all())
                    .containsExactly("alice", "bob", "charlie", "david", "user1", "user2");
        }
    }

    @DatabaseTest
    void updatingRecords(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "alice", "bob");
        try (Session session = sessions.open()) {
            session.get(User.class, 2).setActive(false);
            session.commit();
        }
        // tag::update-records[]
        try (Session session = sessions.open()) {
            User user = session.get(User.class, 1);
            if (user != null) {
                user.setEmail("newemail@example.com");
                session.commit();
            }
        }

        try (Session session = sessions.open()) {
            User user = session.scalar(select(User.class).where(User_.username.eq("alice")));
            if (user != null) {
                user.setEmail("alice_new@example.com");
                session.commit();
            }
        }

        try (Session session = sessions.open()) {
            Result result = session.execute(update(User.class)
                    .where(User_.isActive.isFalse())
                    .values(User_.isActive, true));
            session.commit();
            System.out.println("Updated " + result.rowCount() + " rows");
        }

        try (Session session = sessions.open()) {
            session.execute(update(User.class)
                    .where(User_.id.eq(1))
                    .values(User_.loginCount, User_.loginCount.plus(1)));
            session.commit();
        }
        // end::update-records[]
        assertThat(out.lines()).containsExactly("Updated 1 rows");
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            assertThat(alice.getEmail()).isEqualTo("alice_new@example.com");
            assertThat(alice.getLoginCount()).isEqualTo(1);
            assertThat(session.get(User.class, 2).isActive()).isTrue();
        }
    }

    @DatabaseTest
    void deletingRecords(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "alice", "bob", "carol", "dave");
        try (Session session = sessions.open()) {
            session.get(User.class, 3).setActive(false);
            session.commit();
        }
        // tag::delete-records[]
        try (Session session = sessions.open()) {
            User user = session.get(User.class, 1);
            if (user != null) {
                session.delete(user);
                session.commit();
            }
        }

        try (Session session = sessions.open()) {
            User user = session.scalar(select(User.class).where(User_.username.eq("bob")));
            if (user != null) {
                session.delete(user);
                session.commit();
            }
        }

        try (Session session = sessions.open()) {
            Result result = session.execute(delete(User.class).where(User_.isActive.isFalse()));
            session.commit();
            System.out.println("Deleted " + result.rowCount() + " rows");
        }

        try (Session session = sessions.open()) {
            session.execute(delete(User.class).where(
                    User_.createdAt.lt(LocalDateTime.now().minusDays(365)),
                    User_.isActive.isFalse()));
            session.execute(delete(User.class));           // every row: careful
            session.commit();
        }
        // end::delete-records[]
        assertThat(out.lines()).containsExactly("Deleted 1 rows");
        try (Session session = sessions.open()) {
            assertThat(session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE))).isZero();
        }
    }

    @DatabaseTest
    void handlingErrors(TestDb db) {
        SessionFactory sessions = blog(db);
        addUsers(sessions, "existing");
        // tag::error-handling[]
        try (Session session = sessions.open()) {
            session.add(new User("existing", "test@example.com"));
            session.commit();
        } catch (IntegrityError e) {
            System.out.println("User already exists or constraint violated");
        } catch (dev.athanor.exc.AthanorException e) {
            System.out.println("Database error: " + e.getMessage());
        }
        // end::error-handling[]
        assertThat(out.lines()).containsExactly("User already exists or constraint violated");
        assertThat(db.engine().poolStatus().checkedOut()).isZero();
    }

    @DatabaseTest
    void repository(TestDb db) {
        SessionFactory sessions = blog(db);
        // tag::repository-use[]
        try (Session session = sessions.open()) {
            UserRepository repo = new UserRepository(session);
            User user = repo.create("Alice", "alice@example.com");
            session.commit();
            System.out.println(repo.byEmail("alice@example.com").getUsername());
        }
        // end::repository-use[]
        assertThat(out.lines()).containsExactly("Alice");
        try (Session session = sessions.open()) {
            UserRepository repo = new UserRepository(session);
            assertThat(repo.search("LIC", 20)).extracting(User::getUsername).containsExactly("Alice");
            assertThat(repo.get(1).getEmail()).isEqualTo("alice@example.com");
        }
    }
}
