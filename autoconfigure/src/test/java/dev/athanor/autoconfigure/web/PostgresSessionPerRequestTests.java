package dev.athanor.autoconfigure.web;

import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One session per HTTP request on PostgreSQL (skipped when unreachable, unless required). */
@RequiresPostgres
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"athanor.entity-packages=dev.athanor.autoconfigure.fixture,dev.athanor.autoconfigure.diagnostics",
                "athanor.schema.action=create-drop"})
class PostgresSessionPerRequestTests extends AbstractSessionPerRequestTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerDataSource(registry);
    }
}
