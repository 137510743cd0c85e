package dev.athanor.autoconfigure.asyncio.app;

import static dev.athanor.sql.Sql.select;

import dev.athanor.orm.Session;
import org.springframework.transaction.annotation.Transactional;

/** Blocking code in the reactive application: it names the synchronous transaction manager. */
public class TicketCounter {
    private final Session session;

    public TicketCounter(Session session) {
        this.session = session;
    }

    @Transactional(transactionManager = "transactionManager", readOnly = true)
    public int count(String batch) {
        return session.<Ticket>scalars(select(Ticket.class).where(Ticket_.batch.eq(batch))).all().size();
    }
}
