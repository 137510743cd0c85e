package dev.athanor.examples.migrations.books;

import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

/** The cheat sheet's revision {@code 3a4b5c6d}, as autogenerate writes it for {@link Book}. */
@Revision(id = "3a4b5c6d", message = "add books table")
public final class AddBooksTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("books",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("title", string(200)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("books");
    }
}
