package dev.athanor.actuate.replica;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** A ledger line, the one entity of the replica application. */
@Table("replica_ledger")
public class Ledger {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 40, nullable = false)
    String entry;

    Ledger() {
    }

    Ledger(String entry) {
        this.entry = entry;
    }
}
