package dev.athanor.readme;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.Row;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's quick-start snippets, as written there, so the first thing users copy works. */
class ReadmeExamplesTest {

    @Test
    void textQuickStartWorks() {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:")) {
            List<String> printed = new ArrayList<>();
            try (Connection conn = engine.connect()) {
                conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50))"));
                conn.execute(text("INSERT INTO users (id, name) VALUES (:id, :name)"),
                        List.of(Map.of("id", 1, "name", "Alice"), Map.of("id", 2, "name", "Bob")));
                conn.commit();
                for (Row row : conn.execute(text("SELECT id, name FROM users ORDER BY id"))) {
                    printed.add(row.toString());
                }
            }
            engine.transaction(conn -> conn.execute(text("UPDATE users SET name = :n WHERE id = 1"),
                    Map.of("n", "Alicia")));
            assertThat(printed).containsExactly("(1, 'Alice')", "(2, 'Bob')");
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT name FROM users WHERE id = 1")).<String>scalar())
                        .isEqualTo("Alicia");
            }
        }
    }

    @Test
    void coreQuickStartWorks() {
        try (Engine engine = Athanor.createEngine("h2:///:memory:")) {
            MetaData metadata = new MetaData();
            Column<Integer> id = Column.of("id", Types.INTEGER).primaryKey();
            Column<String> name = Column.of("name", Types.string(50)).notNull();
            Table users = metadata.table("users", id, name);
            metadata.createAll(engine);

            try (Connection conn = engine.connect()) {
                conn.execute(insert(users), List.of(Map.of("name", "Alice"), Map.of("name", "Bob")));
                List<String> names = conn.execute(select(name).where(name.startsWith("A")).orderBy(id))
                        .<String>scalars().all();
                conn.commit();
                assertThat(names).containsExactly("Alice");
            }
        }
    }
}
