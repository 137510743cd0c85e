package dev.athanor.demo.category;

import dev.athanor.demo.book.Book;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the category tree (an adjacency list): {@code parent} is the enclosing category, empty
 * at the root; {@code children} its direct subcategories.
 */
@Table("category")
public class Category {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 60, nullable = false, unique = true)
    String name;
    @ForeignKey("category.id")
    Long parentId;
    @Relationship(backPopulates = "children", remoteSide = "id")
    Category parent;
    @Relationship(backPopulates = "parent", orderBy = "name")
    List<Category> children = new ArrayList<>();
    @Relationship(backPopulates = "category")
    List<Book> books = new ArrayList<>();

    Category() {
    }

    public Category(String name, Category parent) {
        this.name = name;
        this.parent = parent;
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

    public Category getParent() {
        return parent;
    }

    public List<Category> getChildren() {
        return children;
    }

    public List<Book> getBooks() {
        return books;
    }
}
