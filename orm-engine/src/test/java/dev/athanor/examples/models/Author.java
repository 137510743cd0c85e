package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An author and the books they wrote (one-to-many, books deleted with their author). */
// tag::author[]
@Table("authors")
public class Author {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 100, unique = true)
    String name;
    @Relationship(backPopulates = "author", cascade = "all, delete-orphan", orderBy = "title")
    List<Book> books = new ArrayList<>();
// end::author[]

    Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
