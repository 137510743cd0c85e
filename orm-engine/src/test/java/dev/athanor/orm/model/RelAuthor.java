package dev.athanor.orm.model;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** An author whose books cascade "all, delete-orphan", ordered by title. */
@Table("rel_author")
public class RelAuthor {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @Relationship(backPopulates = "author", cascade = "all, delete-orphan", orderBy = "title")
    List<RelBook> books = new ArrayList<>();
    @Relationship(lazy = Lazy.RAISE, viewOnly = true)
    List<RelBook> guardedBooks = new ArrayList<>();

    RelAuthor() {
    }

    public RelAuthor(String name) {
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

    public List<RelBook> getBooks() {
        return books;
    }

    public List<RelBook> getGuardedBooks() {
        return guardedBooks;
    }
}
