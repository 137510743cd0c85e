package dev.athanor.autoconfigure.diagnostics;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A shelf of books: the one side of the N+1 tests' one-to-many. */
@Table("shelf")
public class Shelf {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @Relationship(backPopulates = "shelf", cascade = "all, delete-orphan")
    List<ShelvedBook> books = new ArrayList<>();

    Shelf() {
    }

    public Shelf(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public List<ShelvedBook> getBooks() {
        return books;
    }
}
