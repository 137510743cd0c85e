package dev.athanor.demo.book;

import dev.athanor.demo.web.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/books}: paged, filterable listing, CRUD and reviews. */
@RestController
@RequestMapping("/api/books")
public class BookController {
    private final BookService books;

    public BookController(BookService books) {
        this.books = books;
    }

    @GetMapping
    BookPage list(@RequestParam(required = false) String title, @RequestParam(required = false) String tag,
                  @RequestParam(required = false) String author, @RequestParam(defaultValue = "title") String sort,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return books.list(new BookQuery(title, tag, author, sort, page, size).validated());
    }

    @GetMapping("/{id}")
    BookDetails get(@PathVariable long id) {
        return books.get(id);
    }

    @PostMapping
    ResponseEntity<BookDetails> create(@RequestBody BookRequest request) {
        request.validate(false);
        BookDetails book = books.create(request.title().strip(), request.isbn().strip(), request.authorId(),
                request.categoryId(), request.price(), request.tags() == null ? List.of() : request.tags());
        return ResponseEntity.created(URI.create("/api/books/" + book.id())).body(book);
    }

    @PutMapping("/{id}")
    BookDetails update(@PathVariable long id, @RequestBody BookRequest request) {
        request.validate(true);
        return books.update(id, request.title().strip(), request.price(), request.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        books.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reviews")
    ResponseEntity<BookDetails.ReviewView> review(@PathVariable long id, @RequestBody ReviewRequest request) {
        request.validate();
        BookDetails.ReviewView review = books.addReview(id, request.rating(), request.reviewer().strip(),
                request.comment());
        return ResponseEntity.created(URI.create("/api/books/" + id)).body(review);
    }

    /** The body of a create (title, isbn, author, …) or an update (title, price and the version last read). */
    record BookRequest(String title, String isbn, Long authorId, Long categoryId, BigDecimal price,
                       List<String> tags, Integer version) {

        void validate(boolean update) {
            List<String> errors = new ArrayList<>();
            if (title == null || title.isBlank() || title.strip().length() > 200) {
                errors.add("title must be 1 to 200 characters");
            }
            if (price != null && price.signum() < 0) {
                errors.add("price must not be negative");
            }
            if (update && version == null) {
                errors.add("version is required to update (the version you last read)");
            }
            if (!update && (isbn == null || isbn.isBlank() || isbn.strip().length() > 20)) {
                errors.add("isbn must be 1 to 20 characters");
            }
            if (!update && authorId == null) {
                errors.add("authorId is required");
            }
            InvalidInputException.rejectIfAny(errors);
        }
    }

    /** The body of a new review. */
    record ReviewRequest(Integer rating, String reviewer, String comment) {

        void validate() {
            List<String> errors = new ArrayList<>();
            if (rating == null || rating < 1 || rating > 5) {
                errors.add("rating must be between 1 and 5");
            }
            if (reviewer == null || reviewer.isBlank() || reviewer.strip().length() > 60) {
                errors.add("reviewer must be 1 to 60 characters");
            }
            if (comment != null && comment.length() > 500) {
                errors.add("comment must be at most 500 characters");
            }
            InvalidInputException.rejectIfAny(errors);
        }
    }
}
