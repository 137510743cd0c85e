package dev.athanor.demo.author;

/** How many books an author has, and their average review rating ({@code null} without reviews). */
public record AuthorStatistics(long authorId, String name, long books, Double averageRating) {
}
