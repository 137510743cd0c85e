package dev.athanor.examples.spring;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.test.AthanorTest;
import dev.athanor.orm.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** The cheat sheet's rollback-after-every-test fixture, which {@code @AthanorTest} provides in Spring Boot. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// tag::athanor-test[]
@AthanorTest(properties = {"athanor.entity-packages=dev.athanor.examples.spring", "athanor.schema.action=create"})
class UserRollbackTests {
    @Autowired
    Session session;

    @Test
    @Order(1)
    void aTestWritesAUser() {
        session.add(new User("alice", "alice@example.com"));
        session.flush();
        assertThat(session.<Long>scalar(select(func.count(User_.id)))).isEqualTo(1L);
    }

    @Test
    @Order(2)
    void theNextTestStartsEmpty() {
        assertThat(session.<Long>scalar(select(func.count(User_.id)))).isZero();
    }
}
// end::athanor-test[]
