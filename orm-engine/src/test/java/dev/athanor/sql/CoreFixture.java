package dev.athanor.sql;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.types.Types;

/** The tables the Core compile tests use: users, authors, books and a category tree. */
public final class CoreFixture {
    public final MetaData metadata = new MetaData();
    public final Table users;
    public final Table authors;
    public final Table books;
    public final Table categories;

    /** Tables named {@code prefix + users} etc., so execution tests on a shared database never collide. */
    public CoreFixture(String prefix) {
        users = metadata.table(prefix + "users",
                Column.of("id", Types.INTEGER).primaryKey().autoincrement(dev.athanor.schema.Autoincrement.FALSE),
                Column.of("name", Types.string(50)),
                Column.of("login_count", Types.INTEGER));
        authors = metadata.table(prefix + "authors",
                Column.of("id", Types.INTEGER).primaryKey().autoincrement(dev.athanor.schema.Autoincrement.FALSE),
                Column.of("name", Types.string(50)));
        books = metadata.table(prefix + "books",
                Column.of("id", Types.INTEGER).primaryKey().autoincrement(dev.athanor.schema.Autoincrement.FALSE),
                Column.of("author_id", Types.INTEGER).references(prefix + "authors.id"),
                Column.of("title", Types.string(100)),
                Column.of("pages", Types.INTEGER),
                Column.of("published", Types.INTEGER));
        categories = metadata.table(prefix + "categories",
                Column.of("id", Types.INTEGER).primaryKey().autoincrement(dev.athanor.schema.Autoincrement.FALSE),
                Column.of("parent_id", Types.INTEGER),
                Column.of("name", Types.string(50)));
    }

    public CoreFixture() {
        this("");
    }
}
