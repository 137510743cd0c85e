package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.engine.Engine;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"athanor.url=jdbc:h2:mem:bookstore-gone;DB_CLOSE_DELAY=-1", "demo.sample-data=false",
                "athanor.schema.action=none", "management.health.athanor.timeout=500ms",
                "management.health.athanor.drift=false"})
@DirtiesContext
class HealthWhenDatabaseIsGoneTests {

    @LocalServerPort
    int port;

    @Autowired
    Engine engine;

    @Test
    void healthTurnsDownWithinItsTimeoutOnceThePoolIsClosed() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        engine.dispose();
        long start = System.nanoTime();
        HttpResponse<String> response = http.get("/actuator/health");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Http.json(response).get("components").get("athanor").get("status").asString()).isEqualTo("DOWN");
    }
}
