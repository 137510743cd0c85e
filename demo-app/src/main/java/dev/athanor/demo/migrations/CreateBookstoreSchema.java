package dev.athanor.demo.migrations;

import static dev.athanor.types.Types.BIG_INTEGER;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.numeric;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.UniqueConstraint;
import java.util.List;

/**
 * The bookstore's tables as the entities first mapped them: authors, categories, books, tags,
 * reviews. Written by {@code athanor db revision --autogenerate -m "create bookstore schema"} from
 * the entities on an empty database, then reviewed (its id and class name set by hand).
 */
@Revision(id = "b00c5a7e0001", message = "create bookstore schema")
public final class CreateBookstoreSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("author",
                Column.of("id", BIG_INTEGER).primaryKey(),
                Column.of("name", string(100)).notNull(),
                Column.of("version", INTEGER).notNull(),
                new UniqueConstraint("name"));
        op.createTable("tag",
                Column.of("id", BIG_INTEGER).primaryKey(),
                Column.of("name", string(40)).notNull(),
                new UniqueConstraint("name"));
        op.createTable("category",
                Column.of("id", BIG_INTEGER).primaryKey(),
                Column.of("name", string(60)).notNull(),
                Column.of("parent_id", BIG_INTEGER),
                new ForeignKeyConstraint(List.of("parent_id"), List.of("category.id")),
                new UniqueConstraint("name"));
        op.createTable("book",
                Column.of("id", BIG_INTEGER).primaryKey(),
                Column.of("title", string(200)).notNull(),
                Column.of("isbn", string(20)).notNull(),
                Column.of("author_id", BIG_INTEGER).notNull(),
                Column.of("category_id", BIG_INTEGER),
                Column.of("price", numeric(8, 2)),
                Column.of("version", INTEGER).notNull(),
                new ForeignKeyConstraint(List.of("author_id"), List.of("author.id")),
                new ForeignKeyConstraint(List.of("category_id"), List.of("category.id")),
                new UniqueConstraint("isbn"),
                new Index("ix_book_title", "title"));
        op.createTable("book_tag",
                Column.of("book_id", BIG_INTEGER).notNull(),
                Column.of("tag_id", BIG_INTEGER).notNull(),
                new PrimaryKeyConstraint("book_id", "tag_id"),
                new ForeignKeyConstraint(List.of("book_id"), List.of("book.id")).onDelete(ReferentialAction.CASCADE),
                new ForeignKeyConstraint(List.of("tag_id"), List.of("tag.id")).onDelete(ReferentialAction.CASCADE));
        op.createTable("review",
                Column.of("id", BIG_INTEGER).primaryKey(),
                Column.of("book_id", BIG_INTEGER).notNull(),
                Column.of("rating", INTEGER).notNull(),
                Column.of("reviewer", string(60)).notNull(),
                Column.of("comment", string(500)),
                new ForeignKeyConstraint(List.of("book_id"), List.of("book.id")).onDelete(ReferentialAction.CASCADE),
                new CheckConstraint("rating BETWEEN 1 AND 5").name("ck_review_rating"),
                new Index("ix_review_book_id", "book_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("review");
        op.dropTable("book_tag");
        op.dropTable("book");
        op.dropTable("category");
        op.dropTable("tag");
        op.dropTable("author");
    }
}
