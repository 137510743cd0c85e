package dev.athanor.autoconfigure.asyncio.app;

import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The WebFlux application on PostgreSQL (skipped when unreachable, unless required). */
@RequiresPostgres
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {AbstractReactiveApplicationTests.PROPERTIES, "spring.datasource.hikari.maximum-pool-size=10",
                "athanor.entity-packages=dev.athanor.autoconfigure.asyncio.app", "athanor.schema.action=create-drop"})
class PostgresReactiveApplicationTests extends AbstractReactiveApplicationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerDataSource(registry);
    }
}
