package dev.athanor.autoconfigure.transaction;

import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The transaction guarantees on PostgreSQL (skipped when unreachable, unless required). */
@RequiresPostgres
@SpringBootTest(classes = TransactionTestApplication.class, properties = {
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture", "athanor.schema.action=create-drop"})
class PostgresTransactionTests extends AbstractTransactionTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerDataSource(registry);
    }
}
