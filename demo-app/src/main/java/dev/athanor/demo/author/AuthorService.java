package dev.athanor.demo.author;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;

import dev.athanor.demo.book.Book_;
import dev.athanor.demo.book.Review_;
import dev.athanor.demo.web.NotFoundException;
import dev.athanor.exc.StaleDataError;
import dev.athanor.orm.Session;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Authors: listing, creating, renaming (optimistically locked), deleting, and statistics. */
@Service
public class AuthorService {
    private final Session session;

    public AuthorService(Session session) {
        this.session = session;
    }

    @Transactional(readOnly = true)
    public List<Author> list() {
        return session.<Author>scalars(select(Author.class).orderBy(Author_.name)).all();
    }

    @Transactional(readOnly = true)
    public Author get(long id) {
        return find(id);
    }

    @Transactional
    public Author create(String name) {
        Author author = new Author(name);
        session.add(author);
        // flush now so a duplicate name fails here, inside the service, and the id is known
        session.flush();
        return author;
    }

    /** Renames an author the client last saw at {@code expectedVersion}. */
    @Transactional
    public Author rename(long id, String name, int expectedVersion) {
        Author author = find(id);
        if (author.getVersion() != expectedVersion) {
            throw new StaleDataError("Author " + id + " is at version " + author.getVersion() + ", not "
                    + expectedVersion);
        }
        author.setName(name);
        session.flush();
        return author;
    }

    @Transactional
    public void delete(long id) {
        session.delete(find(id));
    }

    /**
     * Books and average rating per author, authors without books included:
     * {@code SELECT author.id, author.name, count(DISTINCT book.id), avg(review.rating) FROM author
     * LEFT OUTER JOIN book ON … LEFT OUTER JOIN review ON … GROUP BY author.id, author.name}.
     */
    @Transactional(readOnly = true)
    public List<AuthorStatistics> statistics() {
        var books = func.count(dev.athanor.sql.Sql.distinct(Book_.id)).label("books");
        var rating = func.avg(Review_.rating).label("average_rating");
        return session.execute(select(Author_.id, Author_.name, books, rating)
                        .outerJoin(Book_.TABLE, Author_.id.eq(Book_.authorId))
                        .outerJoin(Review_.TABLE, Book_.id.eq(Review_.bookId))
                        .groupBy(Author_.id, Author_.name)
                        .orderBy(Author_.name))
                .all().stream()
                .map(row -> new AuthorStatistics(row.get(Author_.id), row.get(Author_.name), row.get(books),
                        row.get(rating) == null ? null : ((Number) row.get(rating)).doubleValue()))
                .toList();
    }

    private Author find(long id) {
        Author author = session.get(Author.class, id);
        if (author == null) {
            throw new NotFoundException("Author", id);
        }
        return author;
    }

}
