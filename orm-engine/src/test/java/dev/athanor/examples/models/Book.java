package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A book: its author (many-to-one) and its tags (many-to-many through the Core table {@code book_tags}). */
// tag::book[]
@Table("books")
public class Book {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200)
    String title;
    @ForeignKey("authors.id")
    Integer authorId;
    int pages;
    LocalDate publishedAt;
    @Relationship(backPopulates = "books")
    Author author;
    @Relationship(secondary = "book_tags", backPopulates = "books", orderBy = "name")
    List<Tag> tags = new ArrayList<>();
// end::book[]

    Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Book(String title, Author author) {
        this.title = title;
        this.author = author;
    }

    public Book(String title, int pages, LocalDate publishedAt) {
        this.title = title;
        this.pages = pages;
        this.publishedAt = publishedAt;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Integer authorId) {
        this.authorId = authorId;
    }

    public int getPages() {
        return pages;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    public List<Tag> getTags() {
        return tags;
    }
}
