package dev.athanor.demo;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.demo.book.Book;
import dev.athanor.demo.book.BookQuery;
import dev.athanor.demo.book.BookService;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The book listing loads authors and tags with the query, and the N+1 detector raises in the tests. */
@SpringBootTest(properties = {"athanor.url=jdbc:h2:mem:bookstore-loading;DB_CLOSE_DELAY=-1", "athanor.diagnostics.n-plus-one=raise",
        "athanor.diagnostics.n-plus-one-threshold=2"})
class BookLoadingTests {

    @Autowired
    BookService books;
    @Autowired
    Session session;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPageOfBooksCostsThreeStatementsAndNoLazyLoad() {
        transactions.executeWithoutResult(status -> {
            long before = session.stats().statements();
            assertThat(books.list(new BookQuery(null, null, null, "id", 0, 20).validated()).items()).hasSize(3);
            // the count, the books, then authors and tags with one IN query each
            assertThat(session.stats().statements() - before).isEqualTo(4);
            assertThat(session.stats().lazyLoads()).isEmpty();
        });
    }

    @Test
    void loadingAuthorsOneBookAtATimeRaises() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> session.<Book>scalars(select(Book.class))
                .all().forEach(book -> book.getAuthor().getName())))
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("Book.author");
    }
}
