package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;
import java.math.BigDecimal;

/** A book by one author, filed under one category; ISBNs are unique. */
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
    @Version
    Integer version;

    Book() {
    }

    public Book(String title, String isbn, Long authorId, Long categoryId, BigDecimal price) {
        this.title = title;
        this.isbn = isbn;
        this.authorId = authorId;
        this.categoryId = categoryId;
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

    public Integer getVersion() {
        return version;
    }
}
