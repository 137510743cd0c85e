package dev.athanor.demo.category;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** A node of the category tree: {@code parentId} refers to the enclosing category, or is empty at the root. */
@Table("category")
public class Category {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 60, nullable = false, unique = true)
    String name;
    @ForeignKey("category.id")
    Long parentId;

    Category() {
    }

    public Category(String name, Long parentId) {
        this.name = name;
        this.parentId = parentId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }
}
