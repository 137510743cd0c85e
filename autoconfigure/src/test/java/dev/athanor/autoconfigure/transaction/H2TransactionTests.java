package dev.athanor.autoconfigure.transaction;

import org.springframework.boot.test.context.SpringBootTest;

/** The transaction guarantees on H2. */
@SpringBootTest(classes = TransactionTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:transactions;DB_CLOSE_DELAY=-1",
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture", "athanor.schema.action=create-drop"})
class H2TransactionTests extends AbstractTransactionTests {
}
