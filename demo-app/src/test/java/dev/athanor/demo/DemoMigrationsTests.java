package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.autoconfigure.migrate.AthanorMigrator;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.sql.Sql;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The bookstore's schema comes from its revisions: on an empty database, and on one at the first revision. */
class DemoMigrationsTests {
    private static final String HEAD = "b00c5a7e0004";

    private final String url = "jdbc:h2:mem:bookstore-migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DemoApplication.class)
                .run("--athanor.url=" + url, "--spring.main.web-application-type=none");
    }

    @Test
    void anEmptyDatabaseGetsEveryRevisionThenTheSampleCatalogue() {
        try (ConfigurableApplicationContext context = start()) {
            AthanorMigrator migrator = context.getBean(AthanorMigrator.class);
            assertThat(migrator.lastRun().headsBefore()).isEmpty();
            assertThat(migrator.lastRun().steps()).hasSize(4);
            assertThat(context.getBean(MigrationCommands.class).current()).extracting(RevisionInfo::id)
                    .containsExactly(HEAD);
        }
        assertThat(count("book")).isPositive();
    }

    @Test
    void aDatabaseAtTheFirstRevisionGetsTheRestAndKeepsItsRows() {
        try (Engine engine = Athanor.createEngine(url)) {
            new MigrationCommands(engine, ScriptDirectory.scan("dev.athanor.demo.migrations"),
                    MigrationOptions.defaults()).upgrade("b00c5a7e0001");
            try (Connection connection = engine.connect()) {
                connection.execute(Sql.text("INSERT INTO author (id, name, version) VALUES (1, 'Lem', 1)"));
                connection.execute(Sql.text("INSERT INTO book (id, title, isbn, author_id, version)"
                        + " VALUES (1, 'Solaris', '978-0156027601', 1, 1), (2, 'Unknown', '978-0000000000', 1, 1)"));
                connection.commit();
            }
        }
        try (ConfigurableApplicationContext context = start()) {
            AthanorMigrator migrator = context.getBean(AthanorMigrator.class);
            assertThat(migrator.lastRun().headsBefore()).containsExactly("b00c5a7e0001");
            assertThat(migrator.lastRun().steps()).hasSize(3);
            assertThat(migrator.lastRun().headsAfter()).containsExactly(HEAD);
        }
        assertThat(count("author WHERE name = 'Lem'")).isEqualTo(1);
        // the data migration of b00c5a7e0002 filled the date it knows and left the other empty
        assertThat(count("book WHERE isbn = '978-0156027601' AND published_on = DATE '1961-01-01'")).isEqualTo(1);
        assertThat(count("book WHERE isbn = '978-0000000000' AND published_on IS NULL")).isEqualTo(1);
    }

    @Test
    void aSecondStartFindsTheDatabaseUpToDate() {
        start().close();
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(AthanorMigrator.class).lastRun().steps()).isEmpty();
        }
    }

    private long count(String from) {
        try (Engine engine = Athanor.createEngine(url); Connection connection = engine.connect()) {
            return ((Number) connection.execute(Sql.text("SELECT count(*) FROM " + from)).scalarOne()).longValue();
        }
    }
}
