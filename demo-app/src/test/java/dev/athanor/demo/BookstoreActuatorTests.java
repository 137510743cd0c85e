package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"athanor.url=jdbc:h2:mem:bookstore-actuator;DB_CLOSE_DELAY=-1", "athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=2"})
class BookstoreActuatorTests {
    static final List<String> TABLES = List.of("author", "book", "book_tag", "category", "review", "tag");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthIsUpWithTheAthanorComponentAndPoolFigures() {
        HttpResponse<String> response = http.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode athanor = Http.json(response).get("components").get("athanor");
        assertThat(athanor.get("status").asString()).isEqualTo("UP");
        assertThat(athanor.get("details").propertyNames()).contains("active", "idle", "pending", "max", "schemaDrift");
    }

    @Test
    void prometheusShowsPoolAndStatementMeters() {
        Assumptions.assumeTrue(isPresent("io.micrometer.prometheusmetrics.PrometheusMeterRegistry"),
                "micrometer-registry-prometheus is not on the classpath");
        http.get("/api/books");
        HttpResponse<String> response = http.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("hikaricp_connections_active", "athanor_statements_seconds_count");
    }

    @Test
    void theSchemaEndpointListsTheTablesWithTheirForeignKeys() {
        JsonNode schema = Http.json(http.get("/actuator/athanor-schema"));
        assertThat(schema.get("tables").findValuesAsString("name")).containsAll(TABLES);
        JsonNode book = Http.json(http.get("/actuator/athanor-schema/book"));
        assertThat(book.get("foreignKeys").findValuesAsString("referredTable"))
                .containsExactlyInAnyOrder("author", "category");
        assertThat(Http.json(http.get("/actuator/athanor-schema/category")).get("foreignKeys").get(0)
                .get("referredTable").asString()).isEqualTo("category");
    }

    @Test
    void anUnknownTableIsNotFound() {
        assertThat(http.get("/actuator/athanor-schema/no_such_table").statusCode()).isEqualTo(404);
    }

    @Test
    void mermaidNamesEveryTable() {
        HttpResponse<String> response = http.get("/actuator/athanor-schema?format=mermaid");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).startsWith("erDiagram");
        TABLES.forEach(table -> assertThat(response.body()).contains("    " + table + " {"));
        assertThat(response.body()).contains("book }o--|| author");
    }

    @Test
    void theSvgDiagramHasABoxPerTable() {
        HttpResponse<String> response = http.get("/actuator/athanor-schema?format=svg");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/svg+xml"));
        TABLES.forEach(table -> assertThat(response.body()).contains("data-table=\"" + table + "\""));
    }

    @Test
    void driftIsEmptyForTheSchemaCreatedAtStartup() {
        assertThat(Http.json(http.get("/actuator/athanor-drift")).get("differences").size()).isZero();
    }

    @Test
    void mappingsListEveryEntity() {
        JsonNode mappings = Http.json(http.get("/actuator/athanor-mappings"));
        assertThat(mappings.get("entities").findValuesAsString("table")).containsExactlyInAnyOrderElementsOf(TABLES);
    }

    @Test
    void migrationsShowEveryRevisionAppliedAndTheMergeAsCurrent() {
        JsonNode migrations = Http.json(http.get("/actuator/athanor-migrations"));
        assertThat(migrations.get("status").asString()).isEqualTo("up-to-date");
        assertThat(migrations.get("current").get(0).asString()).isEqualTo("b00c5a7e0004");
        assertThat(migrations.get("revisions").findValuesAsString("revision"))
                .containsExactlyInAnyOrder("b00c5a7e0001", "b00c5a7e0002", "b00c5a7e0003", "b00c5a7e0004");
        assertThat(migrations.get("revisions").findValuesAsString("state")).containsOnly("applied");
        JsonNode athanor = Http.json(http.get("/actuator/health")).get("components").get("athanor");
        assertThat(athanor.get("details").get("migrations").asString()).isEqualTo("up-to-date");
    }

    @Test
    void noEndpointShowsTheDatabaseUrl() {
        for (String path : List.of("/actuator/health", "/actuator/athanor-schema", "/actuator/athanor-mappings",
                "/actuator/athanor-drift", "/actuator/athanor-migrations")) {
            assertThat(http.get(path).body()).doesNotContain("jdbc:", "bookstore-actuator");
        }
    }

    @Test
    void thePageAtTheRootLoadsTheDiagramAndTheHealth() {
        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/actuator/athanor-schema?format=svg", "/actuator/health",
                        "/actuator/athanor-migrations")
                .doesNotContain("https://", "http://");
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
