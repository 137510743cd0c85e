package dev.athanor.asyncio.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An author of the seed's eager-loading example, with books loaded lazily unless a query says otherwise. */
@Table("aio_author")
public class Author {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @Relationship(backPopulates = "author", orderBy = "title")
    List<Book> books = new ArrayList<>();

    Author() {
    }

    public Author(String name) {
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
