package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A category tree: each category has an optional parent and its children. */
// tag::category[]
@Table("categories")
public class Category {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100)
    String name;
    @ForeignKey("categories.id")
    Integer parentId;
    @Relationship(backPopulates = "children", remoteSide = "id")
    Category parent;
    @Relationship(backPopulates = "parent", cascade = "all, delete-orphan")
    List<Category> children = new ArrayList<>();
// end::category[]

    Category() {
    }

    public Category(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Category getParent() {
        return parent;
    }

    public List<Category> getChildren() {
        return children;
    }
}
