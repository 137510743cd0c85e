package dev.athanor.autoconfigure.asyncio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The WebFlux application on PostgreSQL (skipped when unreachable, unless required). */
@RequiresPostgres
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {AbstractReactiveApplicationTests.PROPERTIES, "spring.datasource.hikari.maximum-pool-size=10",
                "athanor.entity-packages=dev.athanor.autoconfigure.asyncio.app", "athanor.schema.action=create-drop"})
class PostgresReactiveApplicationTests extends AbstractReactiveApplicationTests {

    @Test
    void aReadOnlyTransactionRunsOnAReadOnlyConnection() {
        String batch = "read-only-flush-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> tickets.flushReadOnly(batch, 1).block())
                .hasStackTraceContaining("cannot execute INSERT in a read-only transaction");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reactive_ticket WHERE batch = ?", Long.class, batch))
                .isZero();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerDataSource(registry);
    }
}
