package dev.athanor.examples.models;

import static dev.athanor.types.Types.DATETIME;
import static dev.athanor.types.Types.INTEGER;

import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import java.util.List;

/** The authors, books and tags of the examples, with the Core association table between books and tags. */
public final class Library {
    private Library() {
    }

    /** A registry of authors, books and tags over a MetaData that also holds {@code book_tags}. */
    public static Registry registry() {
        // tag::association-table[]
        MetaData metadata = new MetaData();
        metadata.table("book_tags",
                Column.of("book_id", INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("books.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("tag_id", INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("tags.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("created_at", DATETIME).serverDefault("CURRENT_TIMESTAMP"));
        Registry registry = Registry.of(metadata, List.of(Author.class, Book.class, Tag.class));
        // end::association-table[]
        return registry;
    }
}
