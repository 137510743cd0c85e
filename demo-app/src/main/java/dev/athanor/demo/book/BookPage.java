package dev.athanor.demo.book;

import java.util.List;

/** One page of a book listing and where it sits in the whole. */
public record BookPage(List<BookSummary> items, int page, int size, long total) {

    public BookPage {
        items = List.copyOf(items);
    }

    /** A book in a listing: its author's name and tags included. */
    public record BookSummary(long id, String title, String isbn, String author, java.math.BigDecimal price,
                              List<String> tags) {
    }
}
