package dev.athanor.bench.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A {@code bench_parent} row with its lazy {@code bench_child} collection (seeded by JDBC, so ids are assigned). */
@Entity
@Table(name = "bench_parent")
public class Parent {
    @Id
    private Long id;
    private String name;
    @OneToMany(mappedBy = "parent")
    private List<Child> children = new ArrayList<>();

    protected Parent() {
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The children, loaded on first access unless fetched with the parent. */
    public List<Child> getChildren() {
        return children;
    }
}
