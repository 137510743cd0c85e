package dev.athanor.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** One session per HTTP request, exercised over real HTTP; one subclass per database. */
abstract class AbstractSessionPerRequestTests {
    private static final int REQUESTS = 200;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentRequestsEachWorkInTheirOwnSessionJoinedByTheirTransaction() {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> bodies = postConcurrently(prefix);
        assertThat(bodies).hasSize(REQUESTS).allSatisfy(body -> {
            assertThat(body).containsEntry("sessionSeenBefore", false)
                    .containsEntry("serviceJoinedRequestSession", true).containsEntry("sessionOpen", true);
            assertThat((String) body.get("title")).startsWith(prefix);
        });
        assertThat(bodies).extracting(body -> body.get("title")).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note WHERE title LIKE ?", Long.class, prefix + "%"))
                .isEqualTo(REQUESTS);
    }

    @Test
    void anEntityLoadedInTheServiceStaysAttachedAfterItsTransactionEnded() {
        // a lazy relationship read in the controller is the real check; it needs ORM relationships
        Map<String, Object> body = post("after-" + UUID.randomUUID());
        assertThat(body).containsEntry("attachedAfterTransaction", true)
                .containsEntry("sameInstanceAfterTransaction", true).containsEntry("sessionOpen", true);
    }

    @Test
    void aControllerReadsALazyRelationshipAfterTheServiceTransactionEnded() {
        HttpRequest stock = HttpRequest.newBuilder(uri("/shelves/" + UUID.randomUUID().toString().substring(0, 8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        long id = Long.parseLong(client.sendAsync(stock, HttpResponse.BodyHandlers.ofString()).join().body());
        Map<String, Object> body = bodyOf(get("/shelves/" + id + "/books"));
        assertThat(body).containsEntry("books", 3).containsEntry("lazyLoads", 1);
        awaitNothingHeld();
    }

    @Test
    void noSessionOrConnectionOutlivesItsRequest() {
        postConcurrently(UUID.randomUUID().toString().substring(0, 8));
        awaitNothingHeld();
    }

    @Test
    void aFailingRequestClosesItsSession() {
        assertThat(get("/fail").statusCode()).isEqualTo(500);
        awaitNothingHeld();
    }

    @Test
    void anAsyncRequestUsesItsSessionOnTheWorkerThreadAndClosesIt() {
        Map<String, Object> written = post("async-" + UUID.randomUUID());
        HttpResponse<String> response = get("/async/" + written.get("id"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(written.get("title"));
        awaitNothingHeld();
    }

    private void awaitNothingHeld() {
        // the response can reach the client a moment before the filter closes the session
        await().untilAsserted(() -> {
            assertThat(sum("athanor.sessions.active")).isZero();
            assertThat(sum("hikaricp.connections.active")).isZero();
        });
    }

    private double sum(String gauge) {
        return meters.get(gauge).gauges().stream().mapToDouble(Gauge::value).sum();
    }

    private List<Map<String, Object>> postConcurrently(String prefix) {
        List<CompletableFuture<Map<String, Object>>> futures = IntStream.range(0, REQUESTS)
                .mapToObj(i -> client.sendAsync(postRequest(prefix + "-" + i), HttpResponse.BodyHandlers.ofString())
                        .thenApply(this::bodyOf))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private Map<String, Object> post(String title) {
        return client.sendAsync(postRequest(title), HttpResponse.BodyHandlers.ofString()).thenApply(this::bodyOf).join();
    }

    private HttpRequest postRequest(String title) {
        return HttpRequest.newBuilder(uri("/notes/" + title)).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private HttpResponse<String> get(String path) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .join();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bodyOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), Map.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
