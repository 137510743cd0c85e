package dev.athanor.asyncio;

import dev.athanor.asyncio.model.Author;
import dev.athanor.asyncio.model.Book;
import dev.athanor.asyncio.model.Item;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.TestDb;
import java.util.List;

/**
 * An async engine over a test database's engine, the async model's registry and a factory with
 * {@code expireOnCommit(false)}, as the seed's examples use; the tables are dropped before and after.
 */
final class AsyncFixture implements AutoCloseable {
    final Engine syncEngine;
    final AsyncEngine engine;
    final Registry registry = Registry.of(Item.class, Author.class, Book.class);
    final AsyncSessionFactory sessions;

    AsyncFixture(TestDb db) {
        this(db.engine());
    }

    AsyncFixture(Engine syncEngine) {
        this.syncEngine = syncEngine;
        this.engine = AsyncEngine.of(syncEngine);
        registry.metadata().dropAll(syncEngine);
        this.sessions = AsyncSessionFactory.builder(engine, registry).expireOnCommit(false).build();
    }

    /** Creates the tables synchronously. */
    AsyncFixture withTables() {
        registry.metadata().createAll(syncEngine);
        return this;
    }

    /** Two authors with books, written by a synchronous session: Alice (A1, A2) and Bob (B1). */
    AsyncFixture withAuthors() {
        withTables();
        try (Session s = SessionFactory.builder(syncEngine, registry).build().open()) {
            Author alice = new Author("Alice");
            Author bob = new Author("Bob");
            s.addAll(List.of(alice, bob));
            s.flush();
            for (Object[] book : new Object[][] {{alice, "A2"}, {alice, "A1"}, {bob, "B1"}}) {
                Book b = new Book((String) book[1]);
                b.setAuthor((Author) book[0]);
                s.add(b);
            }
            s.commit();
        }
        return this;
    }

    /** Rows in a table, read synchronously. */
    long count(String table) {
        try (var connection = syncEngine.connect()) {
            return ((Number) connection.execute(dev.athanor.sql.Sql.text("SELECT COUNT(*) FROM " + table)).scalar())
                    .longValue();
        }
    }

    @Override
    public void close() {
        engine.close();
        registry.metadata().dropAll(syncEngine);
    }
}
