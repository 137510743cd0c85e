package dev.athanor.autoconfigure.asyncio.app;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** A seat in a batch of tickets: the reactive test application's one entity, in a table of its own. */
@Table("reactive_ticket")
public class Ticket {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 60, nullable = false)
    String batch;
    @Column(nullable = false)
    Integer seat;

    Ticket() {
    }

    public Ticket(String batch, int seat) {
        this.batch = batch;
        this.seat = seat;
    }

    public Long getId() {
        return id;
    }

    public String getBatch() {
        return batch;
    }

    public Integer getSeat() {
        return seat;
    }
}
