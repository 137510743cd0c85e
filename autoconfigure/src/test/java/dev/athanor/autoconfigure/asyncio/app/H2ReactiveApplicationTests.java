package dev.athanor.autoconfigure.asyncio.app;

import org.springframework.boot.test.context.SpringBootTest;

/** The WebFlux application on H2. */
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {AbstractReactiveApplicationTests.PROPERTIES,
                "spring.datasource.url=jdbc:h2:mem:reactive-tickets;DB_CLOSE_DELAY=-1",
                "spring.datasource.hikari.maximum-pool-size=10",
                "athanor.entity-packages=dev.athanor.autoconfigure.asyncio.app", "athanor.schema.action=create-drop"})
class H2ReactiveApplicationTests extends AbstractReactiveApplicationTests {
}
