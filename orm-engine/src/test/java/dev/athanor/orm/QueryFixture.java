package dev.athanor.orm;

import static dev.athanor.sql.Sql.insert;

import dev.athanor.engine.Connection;
import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QBook;
import dev.athanor.orm.model.QEmployee;
import dev.athanor.orm.model.QModels;
import dev.athanor.orm.model.QTag;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The q_ fixture data: 100 authors {@code A001}…{@code A100}; every author whose number is not a
 * multiple of 3 has two books ({@code B<author>-1}, {@code B<author>-2}), the others none; every
 * book is tagged {@code t1}, books with an even id also {@code t2}; employees Ada (no manager)
 * ← Bob ← Cy.
 */
final class QueryFixture implements AutoCloseable {
    static final int AUTHORS = 100;
    final Registry registry = QModels.registry();
    final TestDb db;
    final SessionFactory sessions;
    int books;

    QueryFixture(TestDb db) {
        this.db = db;
        registry.metadata().dropAll(db.engine());
        registry.metadata().createAll(db.engine());
        sessions = SessionFactory.builder(db.engine(), registry).build();
        seed();
    }

    private void seed() {
        List<Map<String, Object>> authors = new ArrayList<>();
        List<Map<String, Object>> bookRows = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        long bookId = 0;
        for (long a = 1; a <= AUTHORS; a++) {
            String name = String.format("A%03d", a);
            authors.add(Map.of("id", a, "name", name, "bio", "bio of " + name));
            if (a % 3 == 0) {
                continue;
            }
            for (int n = 1; n <= 2; n++) {
                bookId++;
                bookRows.add(Map.of("id", bookId, "title", String.format("B%03d-%d", a, n), "authorId", a));
                links.add(Map.of("book_id", bookId, "tag_id", 1L));
                if (bookId % 2 == 0) {
                    links.add(Map.of("book_id", bookId, "tag_id", 2L));
                }
            }
        }
        books = (int) bookId;
        try (Session s = sessions.open()) {
            s.execute(insert(QAuthor.class), authors);
            s.execute(insert(QTag.class), List.of(Map.of("id", 1L, "name", "t1"), Map.of("id", 2L, "name", "t2")));
            s.execute(insert(QBook.class), bookRows);
            // an INSERT takes its columns from the first parameter set, so Ada (no manager) goes alone
            s.execute(insert(QEmployee.class), List.of(Map.of("id", 1L, "name", "Ada")));
            s.execute(insert(QEmployee.class), List.of(Map.of("id", 2L, "name", "Bob", "managerId", 1L),
                    Map.of("id", 3L, "name", "Cy", "managerId", 2L)));
            s.commit();
        }
        try (Connection connection = db.engine().connect()) {
            connection.execute(insert(registry.metadata().table("q_book_tag")), links);
            connection.commit();
        }
    }

    @Override
    public void close() {
        registry.metadata().dropAll(db.engine());
    }
}
