package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A label put on books ({@code classic}, {@code sci-fi}); linked to books through {@code book_tag}. */
@Table("tag")
public class Tag {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 40, nullable = false, unique = true)
    String name;
    @Relationship(secondary = "book_tag", backPopulates = "tags")
    List<Book> books = new ArrayList<>();

    Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
