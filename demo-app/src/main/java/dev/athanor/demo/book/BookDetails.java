package dev.athanor.demo.book;

import java.math.BigDecimal;
import java.util.List;

/** One book with its author, category, tags and reviews. */
public record BookDetails(long id, String title, String isbn, long authorId, String author, Long categoryId,
                          BigDecimal price, int version, List<String> tags, List<ReviewView> reviews) {

    public BookDetails {
        tags = List.copyOf(tags);
        reviews = List.copyOf(reviews);
    }

    /** A review as the API shows it. */
    public record ReviewView(long id, int rating, String reviewer, String comment) {
        static ReviewView of(Review review) {
            return new ReviewView(review.getId(), review.getRating(), review.getReviewer(), review.getComment());
        }
    }
}
