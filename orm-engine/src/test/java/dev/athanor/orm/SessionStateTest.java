package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.model.Author;
import dev.athanor.orm.model.Models;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import org.junit.jupiter.api.AfterEach;

/** Refreshing, merging and expunging objects. */
class SessionStateTest {
    private Registry registry;
    private TestDb db;
    private long ursula;

    private SessionFactory setUp(TestDb testDb) {
        db = testDb;
        registry = Models.registry();
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        SessionFactory sessions = SessionFactory.builder(testDb.engine(), registry).build();
        try (Session s = sessions.open()) {
            Author author = new Author("Ursula", "ursula@example.com");
            s.add(author);
            s.commit();
            ursula = author.getId();
        }
        return sessions;
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    /** Changes the row behind the session's back: a Core statement the session does not synchronize. */
    private void renameInDatabase(Session s, String name) {
        s.execute(Sql.text("UPDATE author SET name = '" + name + "' WHERE id = " + ursula));
    }

    @DatabaseTest
    void refreshReloadsEveryColumnAndDiscardsUnflushedChanges(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = s.get(Author.class, ursula);
            renameInDatabase(s, "Le Guin");
            author.setEmail("local@example.com");
            s.refresh(author);
            assertThat(author.getName()).isEqualTo("Le Guin");
            assertThat(author.getEmail()).isEqualTo("ursula@example.com");
            assertThat(s.isModified(author)).isFalse();
        }
    }

    @DatabaseTest
    void refreshOfNamedAttributesSelectsOnlyThoseAndKeepsOtherChangesPending(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Author author = s.get(Author.class, ursula);
            renameInDatabase(s, "Le Guin");
            author.setName("Local name");
            author.setEmail("local@example.com");
            recorder.clear();
            s.refresh(author, "name");
            assertThat(recorder.sql()).containsExactly("SELECT author.name FROM author WHERE author.id = ?");
            assertThat(author.getName()).isEqualTo("Le Guin");
            assertThat(author.getEmail()).isEqualTo("local@example.com");
            assertThat(s.modifiedAttributes(author)).containsExactly("email");
        }
    }

    @DatabaseTest
    void refreshOfAnUnknownAttributeNamesTheClassAndItsAttributes(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = s.get(Author.class, ursula);
            assertThatThrownBy(() -> s.refresh(author, "nickname"))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining(Author.class.getName()).hasMessageContaining("'nickname'")
                    .hasMessageContaining("email");
        }
    }

    @DatabaseTest
    void refreshOfAnObjectWhoseRowWasDeletedSaysToExpungeIt(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = s.get(Author.class, ursula);
            s.execute(Sql.text("DELETE FROM author WHERE id = " + ursula));
            assertThatThrownBy(() -> s.refresh(author))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("its row is gone")
                    .hasMessageContaining("expunge");
        }
    }

    @DatabaseTest
    void refreshOfAPendingObjectIsRefused(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author pending = new Author("New", "new@example.com");
            s.add(pending);
            assertThatThrownBy(() -> s.refresh(pending))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("not persistent in this session");
        }
    }

    @DatabaseTest
    void mergeCopiesADetachedObjectOntoThePersistentOneAndTheChangeIsCommitted(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        Author detached;
        try (Session s = sessions.open()) {
            detached = s.get(Author.class, ursula);
        }
        detached.setName("Ursula K. Le Guin");
        try (Session s = sessions.open()) {
            Author merged = s.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(s.contains(merged)).isTrue();
            assertThat(s.contains(detached)).isFalse();
            assertThat(s.modifiedAttributes(merged)).containsExactly("name");
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.get(Author.class, ursula).getName()).isEqualTo("Ursula K. Le Guin");
        }
    }

    @DatabaseTest
    void mergeOfATransientObjectAddsANewPendingCopy(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author stranger = new Author("Octavia", "octavia@example.com");
            Author merged = s.merge(stranger);
            assertThat(merged).isNotSameAs(stranger);
            assertThat(s.stateOf(merged)).isEqualTo(ObjectState.PENDING);
            assertThat(s.stateOf(stranger)).isEqualTo(ObjectState.TRANSIENT);
            s.commit();
            assertThat(s.get(Author.class, merged.getId()).getName()).isEqualTo("Octavia");
        }
    }

    @DatabaseTest
    void mergeOfAnObjectTheSessionHoldsReturnsItUnchanged(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = s.get(Author.class, ursula);
            assertThat(s.merge(author)).isSameAs(author);
        }
    }

    @DatabaseTest
    void expungeDetachesAPersistentObjectSoItsChangesAreNotFlushed(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = s.get(Author.class, ursula);
            s.expunge(author);
            assertThat(s.stateOf(author)).isEqualTo(ObjectState.TRANSIENT); // the session no longer knows it
            assertThat(s.contains(author)).isFalse();
            author.setName("Not saved");
            s.commit();
            Author reloaded = s.get(Author.class, ursula);
            assertThat(reloaded).isNotSameAs(author);
            assertThat(reloaded.getName()).isEqualTo("Ursula");
        }
    }

    @DatabaseTest
    void expungeOfAPendingObjectMeansItIsNeverInserted(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author pending = new Author("Never", "never@example.com");
            s.add(pending);
            s.expunge(pending);
            assertThat(s.newObjects()).isEmpty();
            s.commit();
            assertThat(((Number) s.execute(Sql.text("SELECT COUNT(*) FROM author")).scalar()).intValue()).isEqualTo(1);
        }
    }

    @DatabaseTest
    void expungeOfAnObjectTheSessionDoesNotHoldIsAnError(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            assertThatThrownBy(() -> s.expunge(new Author("Stranger", "s@example.com")))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("Author@")
                    .hasMessageContaining("is not present in this session");
        }
    }

    @DatabaseTest
    void expungeAllEmptiesTheSessionAndTheNextGetLoadsAFreshObject(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author loaded = s.get(Author.class, ursula);
            Author pending = new Author("Pending", "pending@example.com");
            s.add(pending);
            s.expungeAll();
            assertThat(s.contains(loaded)).isFalse();
            assertThat(s.newObjects()).isEmpty();
            assertThat(s.get(Author.class, ursula)).isNotSameAs(loaded);
            s.commit();
            assertThat(((Number) s.execute(Sql.text("SELECT COUNT(*) FROM author")).scalar()).intValue()).isEqualTo(1);
        }
    }
}
