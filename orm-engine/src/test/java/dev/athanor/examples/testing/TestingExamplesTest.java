package dev.athanor.examples.testing;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Engine;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.Post_;
import dev.athanor.examples.blog.User;
import dev.athanor.examples.blog.User_;
import dev.athanor.exc.IntegrityError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Savepoint;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The long guide's testing section: a fixture that creates the tables and opens a session for each
 * test, then tests of models, queries and transactions written against it. Every method runs on
 * each test database, which {@link DatabaseTest} hands to the fixture as well.
 */
class TestingExamplesTest {
    // tag::fixture[]
    private final Registry registry = Registry.of(User.class, Post.class);
    private Engine engine;
    private Session session;

    @BeforeEach
    void openSession(TestDb db) {
        engine = db.engine();
        registry.metadata().createAll(engine);
        session = SessionFactory.builder(engine, registry).build().open();
    }

    @AfterEach
    void closeSession() {
        session.close();
        registry.metadata().dropAll(engine);
    }
    // end::fixture[]

    @DatabaseTest
    void createUser() {
        // tag::create-user[]
        User user = new User("testuser", "test@example.com");
        session.add(user);
        session.commit();

        assertThat(user.getId()).isNotNull();
        assertThat(user.getUsername()).isEqualTo("testuser");
        assertThat(user.getEmail()).isEqualTo("test@example.com");
        // end::create-user[]
    }

    @DatabaseTest
    void userRelationships() {
        // tag::user-relationships[]
        User user = new User("alice", "alice@example.com");
        Post post = new Post("Test Post", "Content", user);
        session.add(user);
        session.commit();

        assertThat(user.getPosts()).hasSize(1);
        assertThat(user.getPosts().get(0).getTitle()).isEqualTo("Test Post");
        assertThat(post.getAuthor()).isSameAs(user);
        // end::user-relationships[]
    }

    @DatabaseTest
    void uniqueConstraint() {
        // tag::unique-constraint[]
        session.add(new User("alice", "alice@example.com"));
        session.commit();

        session.add(new User("alice", "alice2@example.com"));
        assertThatThrownBy(session::commit).isInstanceOf(IntegrityError.class);
        // end::unique-constraint[]
        session.rollback();
        assertThat(session.scalars(select(User.class)).all()).hasSize(1);
    }

    @DatabaseTest
    void queryUsers() {
        // tag::query-users[]
        session.addAll(List.of(
                new User("alice", "alice@example.com"),
                new User("bob", "bob@example.com"),
                new User("charlie", "charlie@example.com")));
        session.commit();

        List<User> results = session.scalars(select(User.class).where(User_.username.like("a%"))).all();

        assertThat(results).hasSize(1);
        assertThat(results.get(0).getUsername()).isEqualTo("alice");
        // end::query-users[]
    }

    @DatabaseTest
    void queryWithJoin() {
        // tag::query-with-join[]
        User user = new User("alice", "alice@example.com");
        new Post("Test", "Content", user);
        session.add(user);
        session.commit();

        User result = session.scalar(select(User.class).join(User_.posts).where(Post_.title.eq("Test")));

        assertThat(result.getUsername()).isEqualTo("alice");
        // end::query-with-join[]
    }

    @DatabaseTest
    void transactionRollback() {
        // tag::transaction-rollback[]
        User user = new User("alice", "alice@example.com");
        session.add(user);
        session.flush();                    // the INSERT runs and the id is known, nothing is committed

        Integer userId = user.getId();
        session.rollback();

        assertThat(session.get(User.class, userId)).isNull();
        // end::transaction-rollback[]
    }

    @DatabaseTest
    void nestedTransaction() {
        // tag::nested-transaction[]
        User user = new User("alice", "alice@example.com");
        session.add(user);

        Savepoint savepoint = session.beginNested();
        user.setEmail("newemail@example.com");
        savepoint.rollback();

        session.refresh(user);
        assertThat(user.getEmail()).isEqualTo("alice@example.com");
        // end::nested-transaction[]
    }

    // tag::factory[]
    /** What factory_boy's SQLAlchemyModelFactory does: numbered users and posts, saved in the session. */
    record BlogFactory(Session session) {
        private static int sequence;

        User user() {
            int n = ++sequence;
            User user = new User("user" + n, "user" + n + "@example.com");
            session.add(user);
            session.commit();
            return user;
        }

        Post post(User author) {
            Post post = new Post("Post " + ++sequence, "Text", author);
            session.add(post);
            return post;
        }

        List<User> users(int count) {
            return IntStream.range(0, count).mapToObj(i -> user()).toList();
        }
    }
    // end::factory[]

    @DatabaseTest
    void withFactory() {
        // tag::with-factory[]
        BlogFactory factory = new BlogFactory(session);
        User user = factory.user();
        Post post = factory.post(user);

        assertThat(user.getId()).isNotNull();
        assertThat(post.getAuthor()).isSameAs(user);

        List<User> users = factory.users(10);
        assertThat(users).hasSize(10);
        // end::with-factory[]
    }
}
