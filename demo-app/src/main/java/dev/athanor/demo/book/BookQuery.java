package dev.athanor.demo.book;

import dev.athanor.demo.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a book listing asks for: filters (title contains, tag, author name contains), a sort key
 * ({@code title}, {@code -title}, {@code price}, {@code -price}, {@code id}) and a page.
 */
public record BookQuery(String title, String tag, String author, String sort, int page, int size) {
    static final Set<String> SORTS = Set.of("id", "-id", "title", "-title", "price", "-price");

    /** Throws {@link InvalidInputException} for a page below 0, a size outside 1..100 or an unknown sort. */
    public BookQuery validated() {
        List<String> errors = new ArrayList<>();
        if (page < 0) {
            errors.add("page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            errors.add("size must be between 1 and 100");
        }
        if (!SORTS.contains(sort)) {
            errors.add("sort must be one of " + SORTS.stream().sorted().toList());
        }
        InvalidInputException.rejectIfAny(errors);
        return this;
    }
}
