package dev.athanor.demo.migrations;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.table;
import static dev.athanor.sql.Sql.update;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.TableClause;
import dev.athanor.types.Types;
import java.time.LocalDate;
import java.util.Map;

/**
 * Books get a publication date, indexed for "newest first" listings, and a data migration fills it
 * for the catalogue's titles whose first publication is known; other books keep it empty.
 */
@Revision(id = "b00c5a7e0002", downRevision = "b00c5a7e0001", message = "add book.published_on")
public final class AddBookPublishedOn implements Migration {
    /** First publication of the titles the sample catalogue ships, by ISBN. */
    private static final Map<String, LocalDate> FIRST_PUBLISHED = Map.of(
            "978-0061054884", LocalDate.of(1974, 5, 1),     // The Dispossessed
            "978-0156027601", LocalDate.of(1961, 1, 1),     // Solaris
            "978-0141439587", LocalDate.of(1815, 12, 23));  // Emma

    // Lightweight stand-ins, as Alembic's table()/column(): the revision must not use the Book entity,
    // which describes the schema as it is now, not as it was at this revision.
    private static final ColumnClause<String> ISBN = column("isbn", Types.string(20));
    private static final ColumnClause<LocalDate> PUBLISHED_ON = column("published_on", Types.DATE);
    private static final TableClause BOOK = table("book", ISBN, PUBLISHED_ON);

    @Override
    public void upgrade(Operations op) {
        op.addColumn("book", Column.of("published_on", Types.DATE));
        op.createIndex("ix_book_published_on", "book", "published_on");
        FIRST_PUBLISHED.forEach((isbn, date) ->
                op.execute(update(BOOK).values(PUBLISHED_ON, date).where(ISBN.eq(isbn))));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_book_published_on", "book");
        op.dropColumn("book", "published_on");
    }
}
