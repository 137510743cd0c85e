package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * A session over an engine in {@code AUTOCOMMIT} isolation, SQLAlchemy's way of reading without
 * transactions: lookups, one session per lookup, work as usual; what a flush writes is committed
 * statement by statement (another connection sees it before {@code commit()}, and a rollback does
 * not take it back); a savepoint is refused.
 */
class AutocommitSessionTest {
    @Table("ac_city")
    static class City {
        @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
        Integer id;
        @Column(length = 30)
        String name;

        City() {
        }

        City(int id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** The test's engine of its own, in AUTOCOMMIT isolation; disposed after the test. */
    private Engine engine;
    /** The factory over {@link #engine}, whose tables the test drops afterwards. */
    private SessionFactory created;

    /**
     * Sessions on an engine of the test's own in AUTOCOMMIT isolation, whose database gets the
     * table (an engine of its own has its own database on H2 and SQLite).
     */
    private SessionFactory autocommitSessions(TestDb db) {
        engine = db.newEngine(EngineOptions.builder().isolationLevel("AUTOCOMMIT").build());
        Registry registry = Registry.of(City.class);
        registry.metadata().dropAll(engine);
        registry.metadata().createAll(engine);
        created = SessionFactory.builder(engine, registry).build();
        return created;
    }

    @AfterEach
    void dropTheTableAndDisposeTheEngine() {
        if (engine != null) {
            created.registry().metadata().dropAll(engine);
            engine.dispose();
            engine = null;
        }
    }

    /** The names another connection sees: what was committed. */
    private List<String> names() {
        try (Connection connection = engine.connect()) {
            return connection.execute(Sql.text("SELECT name FROM ac_city ORDER BY id")).<String>scalars().all();
        }
    }

    @DatabaseTest
    void aSessionPerLookupReadsAndEndsWithoutATransactionToCommit(TestDb db) {
        SessionFactory sessions = autocommitSessions(db);
        try (Session session = sessions.open()) {
            session.add(new City(1, "Lyon"));
            session.add(new City(2, "Porto"));
            session.commit();
        }
        for (int id : new int[] {1, 2, 1}) {
            try (Session session = sessions.open()) {
                City city = session.get(City.class, id);
                assertThat(city.name).isEqualTo(id == 1 ? "Lyon" : "Porto");
                session.commit();
            }
        }
        assertThat(names()).containsExactly("Lyon", "Porto");
    }

    @DatabaseTest
    void aStreamedQueryReadsEveryRowAPartitionAtATime(TestDb db) {
        SessionFactory sessions = autocommitSessions(db);
        try (Session session = sessions.open()) {
            for (int id = 1; id <= 25; id++) {
                session.add(new City(id, "city " + id));
            }
            session.commit();
        }
        try (Session session = sessions.open();
             StreamedResult<City> cities = session.stream(Sql.select(City.class), 10)) {
            int read = 0;
            for (City city : cities) {
                assertThat(city.name).isEqualTo("city " + city.id);
                read++;
            }
            assertThat(read).isEqualTo(25);
            session.commit();
        }
        assertThat(names()).hasSize(25);
    }

    @DatabaseTest
    void whatAFlushWritesIsCommittedAtOnceAndARollbackDoesNotTakeItBack(TestDb db) {
        SessionFactory sessions = autocommitSessions(db);
        try (Session session = sessions.open()) {
            City lyon = new City(1, "Lyon");
            session.add(lyon);
            session.flush();
            assertThat(names()).as("seen by another connection before commit").containsExactly("Lyon");
            session.rollback();
            assertThat(session.contains(lyon)).as("the session forgets what it flushed, the row stays").isFalse();
        }
        assertThat(names()).containsExactly("Lyon");
    }

    @DatabaseTest
    void aFailedFlushLeavesTheEarlierRowsAndTheSessionUsableAfterRollback(TestDb db) {
        SessionFactory sessions = autocommitSessions(db);
        try (Session session = sessions.open()) {
            session.add(new City(1, "Lyon"));
            session.commit();
            session.add(new City(2, "Porto"));
            session.flush();
            session.add(new City(1, "Lyon again"));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
            session.rollback();
            session.add(new City(3, "Gent"));
            session.commit();
        }
        assertThat(names()).as("Porto was committed by its own statement").containsExactly("Lyon", "Porto", "Gent");
    }

    @DatabaseTest
    void aSavepointIsRefusedBeforeAndAfterTheSessionHasAConnection(TestDb db) {
        SessionFactory sessions = autocommitSessions(db);
        try (Session fresh = sessions.open()) {
            assertThatThrownBy(fresh::beginNested)
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("needs a database transaction")
                    .hasMessageContaining("AUTOCOMMIT");
        }
        try (Session session = sessions.open()) {
            session.add(new City(1, "Lyon"));
            assertThatThrownBy(session::beginNested)
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("AUTOCOMMIT");
            session.commit();
        }
        try (Connection joined = engine.connect(); Session session = sessions.open(joined)) {
            assertThatThrownBy(session::beginNested).isInstanceOf(InvalidRequestError.class);
        }
        assertThat(names()).containsExactly("Lyon");
    }
}
