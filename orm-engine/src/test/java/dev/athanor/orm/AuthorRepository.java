package dev.athanor.orm;

import static dev.athanor.sql.Sql.attr;
import static dev.athanor.sql.Sql.select;

import dev.athanor.orm.model.Author;
import dev.athanor.sql.ColumnClause;
import java.util.List;
import java.util.Optional;

/**
 * The kind of repository an application writes over a {@link Session}: it owns no transaction,
 * so the caller decides when to commit, and every query goes through the identity map.
 */
final class AuthorRepository {
    private static final ColumnClause<String> NAME = attr(Author.class, "name");
    private static final ColumnClause<String> EMAIL = attr(Author.class, "email");

    private final Session session;

    AuthorRepository(Session session) {
        this.session = session;
    }

    /** Adds a new author and flushes, so the returned object has its generated id. */
    Author create(String name, String email) {
        Author author = new Author(name, email);
        session.add(author);
        session.flush();
        return author;
    }

    Optional<Author> get(long id) {
        return Optional.ofNullable(session.get(Author.class, id));
    }

    Optional<Author> byEmail(String email) {
        return Optional.ofNullable(session.<Author>scalars(select(Author.class).where(EMAIL.eq(email))).oneOrNone());
    }

    /** Authors whose name contains {@code fragment} in any case, by name, at most {@code limit}. */
    List<Author> search(String fragment, int limit) {
        return session.<Author>scalars(select(Author.class).where(NAME.ilike("%" + fragment + "%"))
                .orderBy(NAME.asc()).limit(limit)).all();
    }
}
