package dev.athanor.demo.author;

import dev.athanor.demo.book.Book;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone who wrote books; names are unique. Deleting an author who still has books is left to the
 * database ({@code passiveDeletes}), whose foreign key refuses it: a 409, not books losing their author.
 */
@Table("author")
public class Author {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100, nullable = false, unique = true)
    String name;
    @Version
    Integer version;
    @Relationship(backPopulates = "author", passiveDeletes = true, orderBy = "title")
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

    public void setName(String name) {
        this.name = name;
    }

    public Integer getVersion() {
        return version;
    }

    public List<Book> getBooks() {
        return books;
    }
}
