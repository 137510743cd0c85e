package dev.athanor.autoconfigure.asyncio.app;

import dev.athanor.autoconfigure.asyncio.ReactiveSessions;
import dev.athanor.orm.Session;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A WebFlux application on Reactor Netty whose controller calls {@link TicketService}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ReactiveTestApplication {

    @Bean
    TicketService ticketService(ReactiveSessions sessions) {
        return new TicketService(sessions);
    }

    @Bean
    TicketCounter ticketCounter(Session session) {
        return new TicketCounter(session);
    }

    /** The HTTP face of the ticket service. */
    @RestController
    public static class TicketController {
        private final TicketService tickets;

        TicketController(TicketService tickets) {
            this.tickets = tickets;
        }

        @PostMapping("/tickets/{batch}/{seat}")
        public Mono<Map<String, Object>> issue(@PathVariable String batch, @PathVariable int seat) {
            return tickets.issue(batch, seat).map(issued -> Map.of("id", issued.id(), "batchSize", issued.batchSize()));
        }

        @PostMapping("/tickets/{batch}/{seat}/failing")
        public Mono<Map<String, Object>> issueThenFail(@PathVariable String batch, @PathVariable int seat) {
            return tickets.issueThenFail(batch, seat).map(issued -> Map.of("id", issued.id()));
        }

        @GetMapping("/tickets/{batch}/seats")
        public Flux<Integer> seats(@PathVariable String batch) {
            return tickets.seats(batch);
        }
    }
}
