package dev.athanor.demo.migrations;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/**
 * Books get a publication date, indexed for "newest first" listings; nullable, since the books
 * already in the catalogue have none recorded.
 */
@Revision(id = "b00c5a7e0002", downRevision = "b00c5a7e0001", message = "add book.published_on")
public final class AddBookPublishedOn implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("book", Column.of("published_on", Types.DATE));
        op.createIndex("ix_book_published_on", "book", "published_on");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_book_published_on", "book");
        op.dropColumn("book", "published_on");
    }
}
