package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.book.Book;
import dev.athanor.demo.book.Tag;
import dev.athanor.demo.category.Category;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The demo's model is enhanced at build time (the byte-buddy-maven-plugin in this module's pom):
 * objects made with {@code new}, before any session sees them, keep both sides of each
 * relationship in step at once, as SQLAlchemy's objects do. Without enhancement each of these
 * collections would stay empty until a flush and a reload.
 */
class EnhancedModelTests {

    @Test
    void aNewBookIsAmongItsAuthorsAndCategorysBooksAtOnce() {
        Author bob = new Author("Bob");
        Category fiction = new Category("Fiction", null);
        Book book = new Book("SQLAlchemy in Action", "978-0-00-000000-0", bob, fiction, new BigDecimal("10.00"));
        assertThat(bob.getBooks()).containsExactly(book);
        assertThat(fiction.getBooks()).containsExactly(book);
    }

    @Test
    void aTagAddedToABookHasTheBookAndMovingAuthorsMovesTheBook() {
        Author bob = new Author("Bob");
        Author ann = new Author("Ann");
        Book book = new Book("Athanor Recipes", "978-0-00-000000-1", bob, null, new BigDecimal("12.00"));
        Tag orm = new Tag("orm");
        book.getTags().add(orm);
        assertThat(orm.getBooks()).containsExactly(book);
        ann.getBooks().add(book);
        assertThat(book.getAuthor()).isSameAs(ann);
        assertThat(bob.getBooks()).isEmpty();
    }
}
