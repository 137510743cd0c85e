package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A reader's rating (1 to 5) of a book, deleted with the book (its {@code reviews} cascade). */
@Table(value = "review", checks = @dev.athanor.orm.annotation.Check(value = "rating BETWEEN 1 AND 5", name = "ck_review_rating"))
public class Review {
    @Column(primaryKey = true)
    Long id;
    @ForeignKey(value = "book.id", onDelete = "CASCADE")
    @Column(nullable = false, index = true)
    Long bookId;
    @Column(nullable = false)
    Integer rating;
    @Column(length = 60, nullable = false, index = true)
    String reviewer;
    @Column(length = 500)
    String comment;
    @Relationship(backPopulates = "reviews")
    Book book;

    Review() {
    }

    /** A review not yet attached: add it to {@link Book#getReviews()}. */
    public Review(int rating, String reviewer, String comment) {
        this.rating = rating;
        this.reviewer = reviewer;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getBookId() {
        return bookId;
    }

    public Book getBook() {
        return book;
    }

    public Integer getRating() {
        return rating;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getComment() {
        return comment;
    }
}
