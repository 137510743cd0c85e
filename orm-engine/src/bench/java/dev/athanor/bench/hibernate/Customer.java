package dev.athanor.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The {@code bench_customer} row. Ids come from a sequence in blocks of 1000, because Hibernate
 * cannot batch inserts whose ids the database generates (IDENTITY): it must read each id back
 * before the next insert.
 */
@Entity
@Table(name = "bench_customer")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
    @SequenceGenerator(name = "customer_ids", sequenceName = "bench_customer_seq",
            allocationSize = HibernateSupport.ID_BLOCK)
    private Long id;
    private String name;
    private String description;

    protected Customer() {
    }

    /** A new customer; the id is assigned on persist. */
    public Customer(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** Changes the name (what the dirty-check workload does). */
    public void setName(String name) {
        this.name = name;
    }

    /** The description. */
    public String getDescription() {
        return description;
    }
}
