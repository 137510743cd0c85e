package dev.athanor.bench.orm;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The {@code bench_customer} row as an Athanor ORM entity; the id is the table's identity column. */
@Table("bench_customer")
public class OrmCustomer {
    @Column(primaryKey = true)
    private Long id;
    @Column(length = 255)
    private String name;
    @Column(length = 255)
    private String description;

    protected OrmCustomer() {
    }

    /** A new customer whose id the database generates on flush. */
    public OrmCustomer(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** A new customer whose id the application chose. */
    public OrmCustomer(long id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    /** The id, {@code null} until flushed when the database generates it. */
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
