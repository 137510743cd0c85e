package dev.athanor.demo.book;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;

import dev.athanor.demo.author.Author;
import dev.athanor.demo.author.Author_;
import dev.athanor.demo.book.BookPage.BookSummary;
import dev.athanor.demo.web.NotFoundException;
import dev.athanor.exc.StaleDataError;
import dev.athanor.orm.Session;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books with their tags and reviews. A page of books costs three statements whatever its size: the
 * books, then their authors and their tags each with one {@code IN} query, the shape
 * {@code selectinLoad} will take once relationships are mapped.
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
        Select books = select(Book.class).orderBy(ordering(query.sort()))
                .limit(query.size()).offset(query.page() * query.size());
        if (!filters.isEmpty()) {
            count = count.where(filters.toArray(ColumnElement[]::new));
            books = books.where(filters.toArray(ColumnElement[]::new));
        }
        long total = session.<Long>scalar(count);
        List<Book> page = session.<Book>scalars(books).all();
        Map<Long, String> authors = authorNames(page.stream().map(Book::getAuthorId).toList());
        Map<Long, List<String>> tags = tagNames(page.stream().map(Book::getId).toList());
        List<BookSummary> items = page.stream().map(book -> new BookSummary(book.getId(), book.getTitle(),
                book.getIsbn(), authors.get(book.getAuthorId()), book.getPrice(),
                tags.getOrDefault(book.getId(), List.of()))).toList();
        return new BookPage(items, query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public BookDetails get(long id) {
        Book book = find(id);
        List<Review> reviews = session.<Review>scalars(select(Review.class).where(Review_.bookId.eq(id))
                .orderBy(Review_.id)).all();
        return new BookDetails(book.getId(), book.getTitle(), book.getIsbn(), book.getAuthorId(),
                authorNames(List.of(book.getAuthorId())).get(book.getAuthorId()), book.getCategoryId(),
                book.getPrice(), book.getVersion(), tagNames(List.of(id)).getOrDefault(id, List.of()),
                reviews.stream().map(BookDetails.ReviewView::of).toList());
    }

    @Transactional
    public BookDetails create(String title, String isbn, long authorId, Long categoryId, BigDecimal price,
                              Collection<String> tags) {
        if (session.get(Author.class, authorId) == null) {
            throw new NotFoundException("Author", authorId);
        }
        Book book = new Book(title, isbn, authorId, categoryId, price);
        session.add(book);
        session.flush();
        for (String name : tags) {
            session.add(new BookTag(book.getId(), tagNamed(name).getId()));
        }
        session.flush();
        return get(book.getId());
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
        return get(id);
    }

    @Transactional
    public BookDetails.ReviewView addReview(long bookId, int rating, String reviewer, String comment) {
        find(bookId);
        Review review = new Review(bookId, rating, reviewer, comment);
        session.add(review);
        session.flush();
        return BookDetails.ReviewView.of(review);
    }

    /** Deletes a book with its reviews and tag links. */
    @Transactional
    public void delete(long id) {
        Book book = find(id);
        session.execute(Sql.delete(Review.class).where(Review_.bookId.eq(id)));
        session.execute(Sql.delete(BookTag.class).where(BookTag_.bookId.eq(id)));
        session.delete(book);
    }

    private Tag tagNamed(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        Tag tag = session.<Tag>scalars(select(Tag.class).where(Tag_.name.eq(normalised))).oneOrNone();
        if (tag == null) {
            tag = new Tag(normalised);
            session.add(tag);
            session.flush();
        }
        return tag;
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

    private Map<Long, String> authorNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return session.<Author>scalars(select(Author.class).where(Author_.id.in(distinct(ids)))).stream()
                .collect(Collectors.toMap(Author::getId, Author::getName));
    }

    private Map<Long, List<String>> tagNames(Collection<Long> bookIds) {
        if (bookIds.isEmpty()) {
            return Map.of();
        }
        return session.execute(select(BookTag_.bookId, Tag_.name)
                        .join(Tag_.TABLE, Tag_.id.eq(BookTag_.tagId))
                        .where(BookTag_.bookId.in(distinct(bookIds)))
                        .orderBy(Tag_.name))
                .all().stream()
                .collect(Collectors.groupingBy(row -> row.get(BookTag_.bookId),
                        Collectors.mapping(row -> row.get(Tag_.name), Collectors.toList())));
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return ids.stream().distinct().toList();
    }

    private Book find(long id) {
        Book book = session.get(Book.class, id);
        if (book == null) {
            throw new NotFoundException("Book", id);
        }
        return book;
    }

}
