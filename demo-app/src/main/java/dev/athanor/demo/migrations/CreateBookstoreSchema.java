package dev.athanor.demo.migrations;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.types.Types;

/** The bookstore's tables as the entities first mapped them: authors, categories, books, tags, reviews. */
@Revision(id = "b00c5a7e0001", message = "create bookstore schema")
public final class CreateBookstoreSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("author",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("name", Types.string(100)).notNull().unique(),
                Column.of("version", Types.INTEGER).notNull());
        op.createTable("category",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("name", Types.string(60)).notNull().unique(),
                Column.of("parent_id", Types.BIG_INTEGER).references("category.id"));
        op.createTable("book",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("title", Types.string(200)).notNull().index(),
                Column.of("isbn", Types.string(20)).notNull().unique(),
                Column.of("author_id", Types.BIG_INTEGER).notNull().references("author.id"),
                Column.of("category_id", Types.BIG_INTEGER).references("category.id"),
                Column.of("price", Types.numeric(8, 2)),
                Column.of("version", Types.INTEGER).notNull());
        op.createTable("tag",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("name", Types.string(40)).notNull().unique());
        op.createTable("book_tag",
                Column.of("book_id", Types.BIG_INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("book.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("tag_id", Types.BIG_INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("tag.id").onDelete(ReferentialAction.CASCADE)));
        op.createTable("review",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("book_id", Types.BIG_INTEGER).notNull().index()
                        .foreignKey(ForeignKey.to("book.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("rating", Types.INTEGER).notNull(),
                Column.of("reviewer", Types.string(60)).notNull(),
                Column.of("comment", Types.string(500)),
                new CheckConstraint("rating BETWEEN 1 AND 5").name("ck_review_rating"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("review");
        op.dropTable("book_tag");
        op.dropTable("tag");
        op.dropTable("book");
        op.dropTable("category");
        op.dropTable("author");
    }
}
