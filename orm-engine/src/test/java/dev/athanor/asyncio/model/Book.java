package dev.athanor.asyncio.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A book of one author. */
@Table("aio_book")
public class Book {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String title;
    @ForeignKey("aio_author.id")
    Long authorId;
    @Relationship(backPopulates = "books")
    Author author;

    Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }
}
