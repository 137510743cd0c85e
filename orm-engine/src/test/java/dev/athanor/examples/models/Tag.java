package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A tag on books (many-to-many through {@code book_tags}). */
@Table("tags")
public class Tag {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, unique = true)
    String name;
    @Relationship(secondary = "book_tags", backPopulates = "tags")
    List<Book> books = new ArrayList<>();

    Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
