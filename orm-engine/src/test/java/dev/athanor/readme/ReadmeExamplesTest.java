package dev.athanor.readme;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.orm.Registry;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.Row;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.types.Types;
import java.io.StringWriter;
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

    @Test
    void migrationQuickStartUpgradesReportsAndDowngrades() {
        try (Engine engine = Athanor.createEngine("h2:///:memory:")) {
            MigrationCommands alembic = new MigrationCommands(engine,
                    ScriptDirectory.scan("dev.athanor.readme.migrations"), MigrationOptions.defaults());
            alembic.upgrade("head");                                      // alembic upgrade head
            List<String> current = alembic.current().stream().map(r -> r.format(false)).toList();
            List<String> history = alembic.history("base:head", true).stream().map(r -> r.format(false)).toList();
            alembic.downgrade("-1");                                      // alembic downgrade -1
            StringWriter sql = new StringWriter();
            MigrationCommands.offline(engine.dialect(), ScriptDirectory.scan("dev.athanor.readme.migrations"),
                    MigrationOptions.defaults()).upgrade("base:head", sql); // alembic upgrade head --sql

            assertThat(current).containsExactly("1a2b3c4d5e6f -> 2b3c4d5e6f7a (head) (current), add users.phone");
            assertThat(history).containsExactly(
                    "1a2b3c4d5e6f -> 2b3c4d5e6f7a (head) (current), add users.phone",
                    "<base> -> 1a2b3c4d5e6f, create users table");
            assertThat(alembic.current()).extracting(RevisionInfo::id).containsExactly("1a2b3c4d5e6f");
            assertThat(engine.inspector().columns("users")).extracting(ColumnInfo::name).doesNotContain("phone");
            assertThat(sql.toString()).contains("CREATE TABLE users", "ALTER TABLE users ADD", "athanor_version");
        }
    }

    @Test
    void asyncQuickStartPrintsTheItemsInNameOrder() {
        Registry registry = Registry.of(Item.class);
        List<String> printed = new ArrayList<>();
        try (AsyncEngine engine = Athanor.createAsyncEngine("h2:///:memory:")) {
            AsyncSessionFactory sessions = AsyncSessionFactory.builder(engine, registry).expireOnCommit(false).build();

            engine.transaction(conn -> conn.runSyncWithoutResult(registry.metadata()::createAll))  // run_sync(metadata.create_all)
                    .thenCompose(created -> sessions.withSession(session -> {
                        session.addAll(List.of(new Item("beta"), new Item("alpha")));
                        return session.commit()
                                .thenCompose(committed -> session.scalars(select(Item.class).orderBy(Item_.name)));
                    }))
                    .thenAccept(items -> items.forEach(item -> printed.add(item.getId() + " " + item.getName())))
                    .join();
        }
        assertThat(printed).containsExactly("2 alpha", "1 beta");
    }
}
