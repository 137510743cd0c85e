package dev.athanor.autoconfigure.web;

import org.springframework.boot.test.context.SpringBootTest;

/** One session per HTTP request on H2. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:request-sessions;DB_CLOSE_DELAY=-1",
                "athanor.entity-packages=dev.athanor.autoconfigure.fixture,dev.athanor.autoconfigure.diagnostics", "athanor.schema.action=create-drop"})
class H2SessionPerRequestTests extends AbstractSessionPerRequestTests {
}
