package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server defaults read back after INSERT when the mapping asks for it ({@code eagerDefaults}). */
class ServerDefaultsTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory setUp(TestDb testDb, Class<?> entity) {
        return tables.create(testDb, Registry.of(entity));
    }

    @DatabaseTest
    void withEagerDefaultsAFlushFillsInServerDefaultsWithOneSelectPerBatch(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, Ticket.class);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Ticket given = new Ticket("given");
            given.status = "closed";
            List<Ticket> tickets = List.of(new Ticket("a"), new Ticket("b"), given);
            s.addAll(tickets);
            s.flush();
            assertThat(tickets).extracting(t -> t.status).containsExactly("open", "open", "closed");
            assertThat(tickets).extracting(t -> t.priority).containsExactly(3, 3, 3);
            // two INSERTs (the rows differ in the columns they set), then one SELECT for all three
            assertThat(recorder.sql()).hasSize(3);
            assertThat(recorder.sql().get(2))
                    .startsWith("SELECT sd_ticket.id, sd_ticket.status, sd_ticket.priority FROM sd_ticket WHERE");
            assertThat(s.isModified(tickets.get(0))).isFalse();
            s.commit();
        }
    }

    @DatabaseTest
    void withoutEagerDefaultsTheFieldsStayNullUntilTheRowIsLoadedAgain(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, Note.class);
        long id;
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Note note = new Note();
            s.add(note);
            s.flush();
            assertThat(recorder.sql()).hasSize(1);
            assertThat(note.status).isNull();
            id = note.id;
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.get(Note.class, id).status).isEqualTo("open");
        }
    }

    /**
     * A primary key that only a server default fills is not read back: the flush fails naming the
     * key instead of leaving an object the session cannot find again, and nothing is written.
     */
    @DatabaseTest
    void aPrimaryKeyOnlyAServerDefaultFillsFailsTheFlushAndWritesNothing(TestDb testDb) {
        assertFlushFailsAndWritesNothing(testDb, Badge.class, new Badge(), new Badge("given"), "Badge", "[code]");
    }

    /** The same for an integer key with a server default (so not generated)… */
    @DatabaseTest
    void anIntegerKeyOnlyAServerDefaultFillsFailsTheFlushToo(TestDb testDb) {
        assertFlushFailsAndWritesNothing(testDb, Counter.class, new Counter(), new Counter(5), "Counter", "[number]");
    }

    /** …and for one column of a composite key, the other set. */
    @DatabaseTest
    void aCompositeKeyColumnOnlyAServerDefaultFillsFailsTheFlushToo(TestDb testDb) {
        assertFlushFailsAndWritesNothing(testDb, Slot.class, new Slot(1L, null), new Slot(1L, "given"), "Slot",
                "[owner, name]");
    }

    /**
     * Flushing {@code keyless} fails naming the class and the key; after the rollback the table is
     * empty, the session writes {@code given}, and every connection is back in the pool.
     */
    private <T> void assertFlushFailsAndWritesNothing(TestDb testDb, Class<T> entity, T keyless, T given,
                                                      String className, String key) {
        SessionFactory sessions = setUp(testDb, entity);
        try (Session s = sessions.open()) {
            s.add(keyless);
            assertThatThrownBy(s::flush).isInstanceOf(dev.athanor.exc.InvalidRequestError.class)
                    .hasMessageContaining(className + " has a NULL identity key").hasMessageContaining(key);
            s.rollback();
            assertThat(s.scalars(dev.athanor.sql.Sql.select(entity)).all()).isEmpty();
            s.add(given);
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.scalars(dev.athanor.sql.Sql.select(entity)).all()).hasSize(1);
        }
        assertThat(testDb.engine().poolStatus().checkedOut()).as("every connection back in the pool").isZero();
    }

    @Table("sd_badge")
    static class Badge {
        @Column(primaryKey = true, length = 20, serverDefault = "'made by the server'")
        String code;

        Badge() {
        }

        Badge(String code) {
            this.code = code;
        }
    }

    @Table("sd_counter")
    static class Counter {
        @Column(primaryKey = true, serverDefault = "7")
        Integer number;

        Counter() {
        }

        Counter(Integer number) {
            this.number = number;
        }
    }

    @Table("sd_slot")
    static class Slot {
        @Column(primaryKey = true)
        Long owner;
        @Column(primaryKey = true, length = 20, serverDefault = "'made by the server'")
        String name;

        Slot() {
        }

        Slot(Long owner, String name) {
            this.owner = owner;
            this.name = name;
        }
    }

    @Table(value = "sd_ticket", eagerDefaults = true)
    static class Ticket {
        @Column(primaryKey = true)
        Long id;
        @Column(length = 20)
        String title;
        @Column(length = 20, serverDefault = "'open'")
        String status;
        @Column(serverDefault = "3")
        Integer priority;

        Ticket() {
        }

        Ticket(String title) {
            this.title = title;
        }
    }

    @Table("sd_note")
    static class Note {
        @Column(primaryKey = true)
        Long id;
        @Column(length = 20, serverDefault = "'open'")
        String status;
    }
}
