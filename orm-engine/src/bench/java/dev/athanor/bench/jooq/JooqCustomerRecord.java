package dev.athanor.bench.jooq;

import org.jooq.impl.UpdatableRecordImpl;

/** A {@code bench_customer} row as a jOOQ updatable record, for {@code batchStore}. */
public final class JooqCustomerRecord extends UpdatableRecordImpl<JooqCustomerRecord> {
    /** An empty record of the table. */
    public JooqCustomerRecord() {
        super(JooqCustomers.CUSTOMER);
    }

    /** A new row with these values; the id is left to the database. */
    public JooqCustomerRecord values(String name, String description) {
        set(JooqCustomers.CUSTOMER.name, name);
        set(JooqCustomers.CUSTOMER.description, description);
        return this;
    }
}
