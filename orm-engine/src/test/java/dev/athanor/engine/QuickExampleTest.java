package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;

/** SQLAlchemy's quick example, on every database. */
class QuickExampleTest {

    @DatabaseTest
    void insertsAliceAndBobAndSelectsThemBack(TestDb db) {
        db.dropTables("qe_users");
        try (Connection conn = db.engine().connect()) {
            conn.execute(text("CREATE TABLE qe_users (id INTEGER PRIMARY KEY, name VARCHAR(50))"));
            conn.execute(text("INSERT INTO qe_users (id, name) VALUES (:id, :name)"),
                    List.of(Map.of("id", 1, "name", "Alice"), Map.of("id", 2, "name", "Bob")));
            conn.commit();
        }
        try (Connection conn = db.engine().connect()) {
            List<Row> rows = conn.execute(text("SELECT id, name FROM qe_users ORDER BY id")).all();
            assertThat(rows).extracting(Row::toList)
                    .containsExactly(List.of(1, "Alice"), List.of(2, "Bob"));
            assertThat(rows.get(0).toString()).isEqualTo("(1, 'Alice')");
            assertThat(rows.get(1).get("name")).isEqualTo("Bob");
        } finally {
            db.dropTables("qe_users");
        }
    }
}
