package dev.athanor.examples.testing;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.User;
import dev.athanor.examples.blog.User_;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cheat sheet's fastest isolation: each test runs in one connection's transaction that is rolled
 * back at the end, so even what the code under test commits is gone before the next test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackPerTestExamplesTest {
    private final Registry registry = Registry.of(User.class, Post.class);
    private Engine engine;
    // tag::rollback-fixture[]
    private Connection connection;
    private Session session;

    @BeforeEach
    void beginTransaction(TestDb db) {
        engine = db.engine();
        registry.metadata().createAll(engine, true);
        SessionFactory sessions = SessionFactory.builder(engine, registry).build();
        connection = engine.connect();               // its transaction begins with the first statement
        session = sessions.open(connection);         // the session's commits become savepoints in it
    }
    // end::rollback-fixture[]

    @AfterEach
    void rollBack(TestInfo test) {
        // tag::rollback-after-test[]
        session.close();
        connection.rollback();
        connection.close();
        // end::rollback-after-test[]
        if (test.getTestMethod().map(m -> m.getName().equals("theNextTestFindsNoUsers")).orElse(false)) {
            registry.metadata().dropAll(engine);
        }
    }

    @DatabaseTest
    @Order(1)
    void aTestCommitsAUser() {
        session.add(new User("alice", "alice@example.com"));
        session.commit();
        assertThat(session.<Long>scalar(select(func.count(User_.id)))).isEqualTo(1L);
    }

    @DatabaseTest
    @Order(2)
    void theNextTestFindsNoUsers() {
        assertThat(session.<Long>scalar(select(func.count(User_.id)))).isZero();
    }
}
