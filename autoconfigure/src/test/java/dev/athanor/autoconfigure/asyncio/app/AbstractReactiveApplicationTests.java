package dev.athanor.autoconfigure.asyncio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.autoconfigure.asyncio.AthanorReactiveTransactionManager;
import dev.athanor.autoconfigure.asyncio.ReactiveSessions;
import dev.athanor.autoconfigure.transaction.AthanorTransactionManager;
import dev.athanor.exc.InvalidRequestError;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebFlux application over real HTTP on Reactor Netty, with a pool of 10 connections: 500
 * concurrent requests each write and read in a reactive transaction of their own; one subclass per
 * database.
 */
abstract class AbstractReactiveApplicationTests {
    static final String PROPERTIES = "spring.main.web-application-type=reactive";
    private static final int REQUESTS = 500;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsyncEngine asyncEngine;

    @Autowired
    TicketService tickets;

    @Autowired
    ReactiveSessions sessions;

    @Autowired
    TransactionalOperator operator;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    @Qualifier("transactionManager")
    TransactionManager synchronousManager;

    @Autowired
    TicketCounter counter;

    @Test
    void fiveHundredConcurrentRequestsOverTenConnectionsAllCommitAndGiveEverythingBack() {
        assertThat(jdbc.getDataSource()).extracting("maximumPoolSize").isEqualTo(10);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, REQUESTS)
                .mapToObj(seat -> client.sendAsync(post("/tickets/" + batch + "-" + seat + "/" + seat),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<Map<String, Object>> bodies = responses.stream().map(CompletableFuture::join).map(this::bodyOf).toList();
        // each transaction read its own flushed row back, and only its own
        assertThat(bodies).hasSize(REQUESTS).allSatisfy(body -> assertThat(body).containsEntry("batchSize", 1));
        assertThat(bodies).extracting(body -> body.get("id")).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reactive_ticket WHERE batch LIKE ?", Long.class,
                batch + "-%")).isEqualTo(REQUESTS);
        awaitNothingHeld();
    }

    @Test
    void aFailingRequestRollsBackWhatItFlushed() {
        String batch = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = client.sendAsync(post("/tickets/" + batch + "/7/failing"),
                HttpResponse.BodyHandlers.ofString()).join();
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(count(batch)).isZero();
        awaitNothingHeld();
    }

    @Test
    void aFluxStreamsInAReadOnlyTransaction() {
        String batch = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        for (int seat : new int[] {3, 1, 2, 5, 4}) {
            tickets.issue(batch, seat).block();
        }
        HttpResponse<String> response = client.sendAsync(HttpRequest.newBuilder(uri("/tickets/" + batch + "/seats"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[1,2,3,4,5]");
        awaitNothingHeld();
    }

    @Test
    void aReadOnlyTransactionNeitherFlushesNorWrites() {
        String batch = "read-only-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tickets.issueReadOnly(batch, 1).block()).isZero();
        assertThat(count(batch)).isZero();
        awaitNothingHeld();
    }

    @Test
    void transactionalOperatorCommitsOnCompletionAndRollsBackOnError() {
        String kept = "operator-" + UUID.randomUUID().toString().substring(0, 8);
        String undone = kept + "-undone";
        assertThat(operator.transactional(sessions.run(session -> {
            session.add(new Ticket(kept, 1));
            return session.flush();
        }).thenReturn("done")).block()).isEqualTo("done");
        assertThatThrownBy(() -> operator.transactional(sessions.run(session -> {
            session.add(new Ticket(undone, 1));
            return session.flush();
        }).then(Mono.error(new IllegalStateException("undo")))).block()).hasMessage("undo");
        assertThat(count(kept)).isEqualTo(1);
        assertThat(count(undone)).isZero();
        awaitNothingHeld();
    }

    @Test
    void outsideATransactionTheSessionIsRefusedWithTheWaysToGetOne() {
        assertThatThrownBy(() -> sessions.current().block()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("@Transactional method returning Mono or Flux")
                .hasMessageContaining("TransactionalOperator")
                .hasMessageContaining("AsyncSessionFactory.withSession");
    }

    @Test
    void blockingCodeNamesTheSynchronousManagerBesideThePrimaryReactiveOne() {
        assertThat(transactionManager).isInstanceOf(AthanorReactiveTransactionManager.class);
        assertThat(synchronousManager).isInstanceOf(AthanorTransactionManager.class);
        String batch = "blocking-" + UUID.randomUUID().toString().substring(0, 8);
        tickets.issue(batch, 1).then(tickets.issue(batch, 2)).block();
        assertThat(counter.count(batch)).isEqualTo(2);
        awaitNothingHeld();
    }

    private long count(String batch) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reactive_ticket WHERE batch = ?", Long.class, batch);
    }

    private void awaitNothingHeld() {
        // the response can reach the client a moment before the transaction's cleanup closed the session
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sum("athanor.sessions.active")).isZero();
            assertThat(sum("hikaricp.connections.active")).isZero();
            assertThat(asyncEngine.slotsInUse()).isZero();
        });
    }

    private double sum(String gauge) {
        return meters.get(gauge).gauges().stream().mapToDouble(Gauge::value).sum();
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
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
