package dev.athanor.autoconfigure.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import dev.athanor.engine.Engine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.NestedTransactionNotSupportedException;

/**
 * {@code @Transactional} services on an engine in {@code AUTOCOMMIT} isolation over Spring Boot's
 * PostgreSQL DataSource: a transaction that returns leaves its rows, a rollback undoes nothing that
 * ran, and {@code NESTED} is refused by Spring before any savepoint is tried.
 */
@RequiresPostgres
@SpringBootTest(classes = TransactionTestApplication.class, properties = {
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture", "athanor.schema.action=create-drop",
        "athanor.isolation-level=autocommit"})
class PostgresAutocommitTransactionTests extends NoteTableTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerDataSource(registry);
    }

    @Autowired
    Engine engine;

    @Test
    void aTransactionThatReturnsLeavesItsRows() {
        assertThat(engine.isAutocommit()).isTrue();
        service.add("kept");
        service.addThroughOrmAndJdbc("both", false);
        assertThat(titles()).containsExactly("both (jdbc)", "both (orm)", "kept");
        assertThat(activeSessions.count()).isZero();
    }

    @Test
    void aRollbackDoesNotUndoWhatRanAndDropsWhatWasNotFlushed() {
        assertThatThrownBy(() -> service.addThroughOrmAndJdbc("failed", true)).isInstanceOf(IllegalStateException.class);
        assertThat(titles()).as("the JDBC insert committed as it ran; the session's object was never flushed")
                .containsExactly("failed (jdbc)");
    }

    @Test
    void nestedIsRefusedBeforeASavepointIsTried() {
        assertThatThrownBy(() -> service.addWithFailingNested("outer", "inner"))
                .isInstanceOf(NestedTransactionNotSupportedException.class);
        assertThat(titles()).as("the outer work was never flushed").isEmpty();
        assertThat(activeSessions.count()).isZero();
    }
}
