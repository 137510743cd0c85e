package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** A book written by an author. */
@Table
public class Book {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 200, nullable = false)
    String title;
    @ForeignKey(value = "author.id", onDelete = "CASCADE")
    Long authorId;
    int pages;

    Book() {
    }

    public Book(String title, Long authorId, int pages) {
        this.title = title;
        this.authorId = authorId;
        this.pages = pages;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public int getPages() {
        return pages;
    }

    public void setPages(int pages) {
        this.pages = pages;
    }
}
