package dev.athanor.bench.orm;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A {@code bench_child} row of workload 6, many-to-one to its parent. */
@Table("bench_child")
public class OrmChild {
    @Column(primaryKey = true)
    private Long id;
    @ForeignKey("bench_parent.id")
    private Long parentId;
    @Column(length = 255)
    private String name;
    @Relationship(backPopulates = "children")
    private OrmParent parent;

    protected OrmChild() {
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The parent. */
    public OrmParent getParent() {
        return parent;
    }
}
