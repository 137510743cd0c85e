package dev.athanor.bench.orm;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.List;

/** A {@code bench_parent} row of workload 6 with its children as a lazy one-to-many. */
@Table("bench_parent")
public class OrmParent {
    @Column(primaryKey = true)
    private Long id;
    @Column(length = 255)
    private String name;
    @Relationship(backPopulates = "parent")
    private List<OrmChild> children;

    protected OrmParent() {
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The children, loaded on first access unless a query option loaded them. */
    public List<OrmChild> getChildren() {
        return children;
    }
}
