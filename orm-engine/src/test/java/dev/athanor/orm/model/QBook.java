package dev.athanor.orm.model;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

/** A book of one author (loaded with selectin by default) with tags through {@code q_book_tag}. */
@Table("q_book")
public class QBook {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String title;
    @ForeignKey("q_author.id")
    Long authorId;
    @Relationship(backPopulates = "books", lazy = Lazy.SELECTIN)
    QAuthor author;
    @Relationship(secondary = "q_book_tag", orderBy = "name")
    List<QTag> tags = new ArrayList<>();

    QBook() {
    }

    public QBook(String title) {
        this.title = title;
    }

    /** A book with an explicit key (the fixture inserts keys itself, so identity sequences lag behind). */
    public QBook(Long id, String title) {
        this.id = id;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public QAuthor getAuthor() {
        return author;
    }

    public void setAuthor(QAuthor author) {
        this.author = author;
    }

    public List<QTag> getTags() {
        return tags;
    }

    @Override
    public String toString() {
        return "QBook(" + title + ")";
    }
}
