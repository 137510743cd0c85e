package dev.athanor.autoconfigure.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.TestTransaction;

/** An {@code @AthanorTest} against a configured server database it replaces; rows never outlive a test. */
@AthanorTest(properties = {"spring.datasource.url=jdbc:postgresql://127.0.0.1:1/replaced",
        "athanor.url=postgresql://nobody@127.0.0.1:1/replaced-too",
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture", "athanor.schema.action=create"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AthanorTestRollbackTests {

    @Autowired
    Session session;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(1)
    void eachTestRunsInATransaction() {
        assertThat(TestTransaction.isActive()).isTrue();
        assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
    }

    @Test
    @Order(2)
    void writesThroughTheSessionAndJdbcAreVisibleInsideTheTest() {
        session.add(new Note("orm"));
        session.flush();
        jdbc.update("INSERT INTO note (title) VALUES ('jdbc')");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Long.class)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void noRowsAreLeftByTheEarlierTest() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Long.class)).isZero();
    }

    @Test
    void theConfiguredDatabaseAndUrlAreReplacedByAnEmbeddedOne() {
        assertThat(context.getBean(Engine.class).dialect().name()).isEqualToIgnoringCase("h2");
    }

    @Test
    void applicationComponentsAreLeftOut() {
        assertThat(context.getBeanNamesForType(GreetingService.class)).isEmpty();
    }
}
