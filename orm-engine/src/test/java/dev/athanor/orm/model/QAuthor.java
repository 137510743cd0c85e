package dev.athanor.orm.model;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.WriteOnlyCollection;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An author with books (loaded lazily unless a query option says otherwise), the same books as a
 * write-only catalogue, and a long biography to defer.
 */
@Table("q_author")
public class QAuthor {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @Column(length = 2000)
    String bio;
    @Relationship(backPopulates = "author", orderBy = "title")
    List<QBook> books = new ArrayList<>();
    @Relationship(lazy = Lazy.WRITE_ONLY)
    WriteOnlyCollection<QBook> catalogue;

    QAuthor() {
    }

    public QAuthor(String name, String bio) {
        this.name = name;
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<QBook> getBooks() {
        return books;
    }

    public WriteOnlyCollection<QBook> getCatalogue() {
        return catalogue;
    }

    @Override
    public String toString() {
        return "QAuthor(" + name + ")";
    }
}
