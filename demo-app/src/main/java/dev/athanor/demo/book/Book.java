package dev.athanor.demo.book;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.category.Category;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A book by one author, filed under one category, with tags (many-to-many through {@code book_tag})
 * and reviews, which live and die with the book ({@code cascade = "all, delete-orphan"}); ISBNs are
 * unique.
 */
@Table("book")
public class Book {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 200, nullable = false, index = true)
    String title;
    @Column(length = 20, nullable = false, unique = true)
    String isbn;
    @ForeignKey("author.id")
    @Column(nullable = false)
    Long authorId;
    @ForeignKey("category.id")
    Long categoryId;
    @Column(precision = 8, scale = 2)
    BigDecimal price;

    /** When the book was published; unknown for books catalogued before revision b00c5a7e0002. */
    @Column(index = true)
    LocalDate publishedOn;
    @Version
    Integer version;
    @Relationship(backPopulates = "books")
    Author author;
    @Relationship(backPopulates = "books")
    Category category;
    @Relationship(secondary = "book_tag", backPopulates = "books", orderBy = "name")
    List<Tag> tags = new ArrayList<>();
    @Relationship(backPopulates = "book", cascade = "all, delete-orphan", orderBy = "id")
    List<Review> reviews = new ArrayList<>();

    Book() {
    }

    public Book(String title, String isbn, Author author, Category category, BigDecimal price) {
        this.title = title;
        this.isbn = isbn;
        this.author = author;
        this.category = category;
        this.price = price;
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

    public String getIsbn() {
        return isbn;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public Integer getVersion() {
        return version;
    }

    public Author getAuthor() {
        return author;
    }

    public Category getCategory() {
        return category;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public List<Review> getReviews() {
        return reviews;
    }
}
