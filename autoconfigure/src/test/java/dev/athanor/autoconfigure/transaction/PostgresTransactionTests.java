package dev.athanor.autoconfigure.transaction;

import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;

/** The transaction guarantees on PostgreSQL at 127.0.0.1:5432 (skipped when unreachable, unless required). */
@RequiresPostgres
@SpringBootTest(classes = TransactionTestApplication.class, properties = {
        "spring.datasource.url=" + RequiresPostgres.URL, "spring.datasource.username=postgres",
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture", "athanor.schema.action=create-drop"})
class PostgresTransactionTests extends AbstractTransactionTests {
}
