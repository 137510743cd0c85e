package dev.athanor.actuate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.actuate.fixture.LibraryContext;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.autogenerate.SchemaDifference;
import dev.athanor.migrate.autogenerate.SchemaDifference.Kind;
import dev.athanor.sql.Sql;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationContext;

class AthanorDriftEndpointTests {

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void driftIsEmptyWhenTheTablesWereCreatedFromTheMapping(LibraryDatabase database) {
        database.assumeReachable();
        LibraryContext.on(database).run(context -> assertThat(drift(context)).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void driftNamesAnExtraTableAndAnExtraColumn(LibraryDatabase database) {
        database.assumeReachable();
        LibraryContext.on(database).run(context -> {
            Engine engine = context.getBean(Engine.class);
            engine.transaction(conn -> conn.execute(Sql.text("CREATE TABLE stray (id INTEGER PRIMARY KEY)")));
            try {
                engine.transaction(conn -> conn.execute(Sql.text("ALTER TABLE writer ADD COLUMN born INTEGER")));
                assertThat(drift(context)).extracting(SchemaDifference::kind, SchemaDifference::subject)
                        .contains(org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_COLUMN, "born"))
                        .contains(org.assertj.core.groups.Tuple.tuple(Kind.EXTRA_TABLE, null));
            } finally {
                engine.transaction(conn -> conn.execute(Sql.text("DROP TABLE stray")));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void driftNamesAMissingColumnIndexAndForeignKey(LibraryDatabase database) {
        database.assumeReachable();
        LibraryContext.on(database).run(context -> {
            Engine engine = context.getBean(Engine.class);
            engine.transaction(conn -> conn.execute(Sql.text("DROP TABLE novel")));
            engine.transaction(conn -> conn.execute(Sql.text(
                    "CREATE TABLE novel (id BIGINT PRIMARY KEY, title VARCHAR(100), writer_id BIGINT NOT NULL,"
                            + " version INTEGER NOT NULL)")));
            assertThat(drift(context)).extracting(SchemaDifference::kind).containsExactlyInAnyOrder(
                    Kind.MISSING_COLUMN, Kind.TYPE_CHANGED, Kind.NULLABILITY_CHANGED, Kind.MISSING_INDEX,
                    Kind.MISSING_FOREIGN_KEY);
        });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void driftNamesAMissingTable(LibraryDatabase database) {
        database.assumeReachable();
        LibraryContext.on(database).run(context -> {
            context.getBean(Engine.class).transaction(conn -> conn.execute(Sql.text("DROP TABLE novel")));
            assertThat(drift(context)).extracting(SchemaDifference::description)
                    .containsExactly("table 'novel' is missing");
        });
    }

    /**
     * The drift, less tables other tests left in a shared server database: the library's tables
     * and the {@code stray} table these tests create are what they speak about.
     */
    private static List<SchemaDifference> drift(ApplicationContext context) {
        return context.getBean(AthanorDriftEndpoint.class).drift().differences().stream()
                .filter(difference -> difference.kind() != Kind.EXTRA_TABLE || difference.table().equalsIgnoreCase("stray"))
                .toList();
    }
}
