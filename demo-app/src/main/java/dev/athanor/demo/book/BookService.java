package dev.athanor.demo.book;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.orm.Load.selectinLoad;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.author.Author_;
import dev.athanor.demo.book.BookPage.BookSummary;
import dev.athanor.demo.category.Category;
import dev.athanor.demo.web.NotFoundException;
import dev.athanor.exc.StaleDataError;
import dev.athanor.orm.Session;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books with their author, tags and reviews, reached through the mapped relationships. A page of
 * books costs three statements whatever its size: the books, then their authors and their tags
 * each with one {@code IN} query ({@code selectinLoad}); the N+1 detector raises in the tests if a
 * listing ever loads them one book at a time.
 */
@Service
public class BookService {
    private final Session session;

    public BookService(Session session) {
        this.session = session;
    }

    @Transactional(readOnly = true)
    public BookPage list(BookQuery query) {
        List<ColumnElement<Boolean>> filters = filters(query);
        Select count = select(func.count()).selectFrom(Book_.TABLE);
        Select books = select(Book.class).options(selectinLoad(Book_.author), selectinLoad(Book_.tags))
                .orderBy(ordering(query.sort())).limit(query.size()).offset(query.page() * query.size());
        if (!filters.isEmpty()) {
            count = count.where(filters.toArray(ColumnElement[]::new));
            books = books.where(filters.toArray(ColumnElement[]::new));
        }
        long total = session.<Long>scalar(count);
        List<BookSummary> items = session.<Book>scalars(books).all().stream()
                .map(book -> new BookSummary(book.getId(), book.getTitle(), book.getIsbn(),
                        book.getAuthor().getName(), book.getPrice(), tagNames(book)))
                .toList();
        return new BookPage(items, query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public BookDetails get(long id) {
        Book book = session.<Book>scalars(select(Book.class).where(Book_.id.eq(id)).options(
                selectinLoad(Book_.author), selectinLoad(Book_.tags), selectinLoad(Book_.reviews))).oneOrNone();
        if (book == null) {
            throw new NotFoundException("Book", id);
        }
        return details(book);
    }

    @Transactional
    public BookDetails create(String title, String isbn, long authorId, Long categoryId, BigDecimal price,
                              Collection<String> tags) {
        Author author = session.get(Author.class, authorId);
        if (author == null) {
            throw new NotFoundException("Author", authorId);
        }
        Category category = categoryId == null ? null : session.get(Category.class, categoryId);
        Book book = new Book(title, isbn, author, category, price);
        tags.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).distinct().sorted()
                .map(this::tagNamed).forEach(book.getTags()::add);
        session.add(book);
        session.flush();
        return details(book);
    }

    /** Changes title and price of a book the client last saw at {@code expectedVersion}. */
    @Transactional
    public BookDetails update(long id, String title, BigDecimal price, int expectedVersion) {
        Book book = find(id);
        if (book.getVersion() != expectedVersion) {
            throw new StaleDataError("Book " + id + " is at version " + book.getVersion() + ", not " + expectedVersion);
        }
        book.setTitle(title);
        book.setPrice(price);
        session.flush();
        return details(book);
    }

    @Transactional
    public BookDetails.ReviewView addReview(long bookId, int rating, String reviewer, String comment) {
        Review review = new Review(rating, reviewer, comment);
        find(bookId).getReviews().add(review);
        session.flush();
        return BookDetails.ReviewView.of(review);
    }

    /** Deletes a book: its reviews go with it through the cascade, its tag links with the collection. */
    @Transactional
    public void delete(long id) {
        session.delete(find(id));
    }

    private static BookDetails details(Book book) {
        return new BookDetails(book.getId(), book.getTitle(), book.getIsbn(), book.getAuthor().getId(),
                book.getAuthor().getName(), book.getCategoryId(), book.getPrice(), book.getVersion(), tagNames(book),
                book.getReviews().stream().map(BookDetails.ReviewView::of).toList());
    }

    private static List<String> tagNames(Book book) {
        return book.getTags().stream().map(Tag::getName).toList();
    }

    /** The tag of a normalised name, a new one (saved with the book through the cascade) when none exists. */
    private Tag tagNamed(String name) {
        Tag tag = session.<Tag>scalars(select(Tag.class).where(Tag_.name.eq(name))).oneOrNone();
        return tag != null ? tag : new Tag(name);
    }

    private static List<ColumnElement<Boolean>> filters(BookQuery query) {
        List<ColumnElement<Boolean>> filters = new ArrayList<>();
        if (query.title() != null && !query.title().isBlank()) {
            filters.add(func.lower(Book_.title).contains(query.title().strip().toLowerCase(Locale.ROOT)));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            filters.add(Book_.id.in(select(BookTag_.bookId).join(Tag_.TABLE, Tag_.id.eq(BookTag_.tagId))
                    .where(Tag_.name.eq(query.tag().strip().toLowerCase(Locale.ROOT)))));
        }
        if (query.author() != null && !query.author().isBlank()) {
            filters.add(Book_.authorId.in(select(Author_.id)
                    .where(func.lower(Author_.name).contains(query.author().strip().toLowerCase(Locale.ROOT)))));
        }
        return filters;
    }

    private static ClauseElement ordering(String sort) {
        return switch (sort) {
            case "title" -> Book_.title.asc();
            case "-title" -> Book_.title.desc();
            case "price" -> Book_.price.asc();
            case "-price" -> Book_.price.desc();
            case "-id" -> Book_.id.desc();
            default -> Book_.id.asc();
        };
    }

    private Book find(long id) {
        Book book = session.get(Book.class, id);
        if (book == null) {
            throw new NotFoundException("Book", id);
        }
        return book;
    }

}
