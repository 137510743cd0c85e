package dev.athanor.autoconfigure.asyncio.app;

import static dev.athanor.sql.Sql.select;

import dev.athanor.autoconfigure.asyncio.ReactiveSessions;
import dev.athanor.orm.EntityResult;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issues and lists tickets in reactive transactions, through the transaction's AsyncSession. */
public class TicketService {
    private final ReactiveSessions sessions;

    public TicketService(ReactiveSessions sessions) {
        this.sessions = sessions;
    }

    /** Writes a ticket, then reads its batch back in the same transaction (a real SELECT after the flush). */
    @Transactional
    public Mono<Issued> issue(String batch, int seat) {
        Ticket ticket = new Ticket(batch, seat);
        return sessions.run(session -> {
            session.add(ticket);
            return session.flush().thenCompose(ignored -> session.<Ticket>scalars(inBatch(batch)))
                    .thenApply(result -> new Issued(ticket.getId(), result.all().size()));
        });
    }

    /** Writes a ticket and flushes it, then fails: the transaction must roll the row back. */
    @Transactional
    public Mono<Issued> issueThenFail(String batch, int seat) {
        return issue(batch, seat).flatMap(issued -> Mono.error(new IllegalStateException("seat " + seat
                + " of " + batch + " is sold out after all")));
    }

    /** Adds a ticket in a read-only transaction: never flushed, so never written. */
    @Transactional(readOnly = true)
    public Mono<Integer> issueReadOnly(String batch, int seat) {
        return sessions.run(session -> {
            session.add(new Ticket(batch, seat));
            return session.<Ticket>scalars(inBatch(batch)).thenApply(result -> result.all().size());
        });
    }

    /** Adds a ticket and flushes it explicitly in a read-only transaction: the connection must refuse the INSERT. */
    @Transactional(readOnly = true)
    public Mono<Void> flushReadOnly(String batch, int seat) {
        return sessions.run(session -> {
            session.add(new Ticket(batch, seat));
            return session.flush();
        });
    }

    /** The batch's seats, streamed from a cursor two rows at a time. */
    @Transactional(readOnly = true)
    public Flux<Integer> seats(String batch) {
        return sessions.<Ticket>stream(inBatch(batch).orderBy(Ticket_.seat), 2).map(Ticket::getSeat);
    }

    /** The batch's tickets, read in one query. */
    @Transactional(readOnly = true)
    public Mono<List<Ticket>> tickets(String batch) {
        return sessions.<EntityResult<Ticket>>run(session -> session.scalars(inBatch(batch))).map(EntityResult::all);
    }

    private static dev.athanor.sql.Select inBatch(String batch) {
        return select(Ticket.class).where(Ticket_.batch.eq(batch));
    }

    /** A ticket's id and how many tickets its batch had when it was issued. */
    public record Issued(long id, int batchSize) {
    }
}
