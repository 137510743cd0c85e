package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"athanor.url=jdbc:h2:mem:bookstore-hidden;DB_CLOSE_DELAY=-1",
                "management.endpoints.web.exposure.include=health"})
class EndpointsNotExposedTests {

    @LocalServerPort
    int port;

    @Test
    void athanorEndpointsAreNotReachableOverHttpUnlessExposed() {
        Http http = new Http(port);
        for (String endpoint : new String[] {"athanor-schema", "athanor-mappings", "athanor-drift",
                "athanor-migrations"}) {
            assertThat(http.get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
