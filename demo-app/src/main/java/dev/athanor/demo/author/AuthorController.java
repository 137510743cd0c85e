package dev.athanor.demo.author;

import dev.athanor.demo.web.InvalidInputException;
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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/authors}: CRUD and statistics. */
@RestController
@RequestMapping("/api/authors")
public class AuthorController {
    private final AuthorService authors;

    public AuthorController(AuthorService authors) {
        this.authors = authors;
    }

    @GetMapping
    List<AuthorResponse> list() {
        return authors.list().stream().map(AuthorResponse::of).toList();
    }

    @GetMapping("/{id}")
    AuthorResponse get(@PathVariable long id) {
        return AuthorResponse.of(authors.get(id));
    }

    @GetMapping("/statistics")
    List<AuthorStatistics> statistics() {
        return authors.statistics();
    }

    @PostMapping
    ResponseEntity<AuthorResponse> create(@RequestBody AuthorRequest request) {
        request.validate(false);
        Author author = authors.create(request.name().strip());
        return ResponseEntity.created(URI.create("/api/authors/" + author.getId())).body(AuthorResponse.of(author));
    }

    @PutMapping("/{id}")
    AuthorResponse rename(@PathVariable long id, @RequestBody AuthorRequest request) {
        request.validate(true);
        return AuthorResponse.of(authors.rename(id, request.name().strip(), request.version()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        authors.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The body of a create or rename; a rename carries the version the client last saw. */
    record AuthorRequest(String name, Integer version) {

        void validate(boolean versionRequired) {
            List<String> errors = new ArrayList<>();
            if (name == null || name.isBlank()) {
                errors.add("name must not be blank");
            } else if (name.strip().length() > 100) {
                errors.add("name must be at most 100 characters");
            }
            if (versionRequired && version == null) {
                errors.add("version is required to rename (the version you last read)");
            }
            InvalidInputException.rejectIfAny(errors);
        }
    }

    /** An author as the API shows it. */
    record AuthorResponse(long id, String name, int version) {
        static AuthorResponse of(Author author) {
            return new AuthorResponse(author.getId(), author.getName(), author.getVersion());
        }
    }
}
