package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A self-referential category tree (adjacency list) whose subtrees are deleted with their parent. */
@Table("rel_category")
public class RelCategory {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @ForeignKey("rel_category.id")
    Long parentId;
    @Relationship(backPopulates = "parent", cascade = "all, delete-orphan", orderBy = "name")
    List<RelCategory> children = new ArrayList<>();
    @Relationship(backPopulates = "children", remoteSide = "id")
    RelCategory parent;

    RelCategory() {
    }

    public RelCategory(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<RelCategory> getChildren() {
        return children;
    }

    public RelCategory getParent() {
        return parent;
    }
}
