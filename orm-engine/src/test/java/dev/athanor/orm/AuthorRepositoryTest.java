package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.Author;
import dev.athanor.orm.model.Models;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A repository class over a Session: create, get, find by email, search. */
class AuthorRepositoryTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory setUp(TestDb testDb) {
        return tables.create(testDb, Models.registry());
    }

    private static void createAuthors(SessionFactory sessions) {
        try (Session s = sessions.open()) {
            AuthorRepository authors = new AuthorRepository(s);
            authors.create("Ursula Le Guin", "ursula@example.com");
            authors.create("Octavia Butler", "octavia@example.com");
            authors.create("Ursula Vernon", "vernon@example.com");
            authors.create("Iain Banks", "iain@example.com");
            s.commit();
        }
    }

    @DatabaseTest
    void createGivesTheAuthorItsIdAndGetFindsItInAnotherSession(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        long id;
        try (Session s = sessions.open()) {
            Author created = new AuthorRepository(s).create("Ursula Le Guin", "ursula@example.com");
            assertThat(created.getId()).isNotNull();
            id = created.getId();
            s.commit();
        }
        try (Session s = sessions.open()) {
            AuthorRepository authors = new AuthorRepository(s);
            assertThat(authors.get(id)).hasValueSatisfying(a -> assertThat(a.getName()).isEqualTo("Ursula Le Guin"));
            assertThat(authors.get(id + 1000)).isEmpty();
        }
    }

    @DatabaseTest
    void getOfAnAuthorTheSessionHoldsSendsNoSql(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            AuthorRepository authors = new AuthorRepository(s);
            Author created = authors.create("Iain Banks", "iain@example.com");
            recorder.clear();
            assertThat(authors.get(created.getId())).containsSame(created);
            assertThat(recorder.statements()).isEmpty();
        }
    }

    @DatabaseTest
    void byEmailFindsTheOneAuthorOrNothing(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        createAuthors(sessions);
        try (Session s = sessions.open()) {
            AuthorRepository authors = new AuthorRepository(s);
            assertThat(authors.byEmail("octavia@example.com")).map(Author::getName).hasValue("Octavia Butler");
            assertThat(authors.byEmail("nobody@example.com")).isEmpty();
        }
    }

    @DatabaseTest
    void byEmailSeesAnAuthorCreatedButNotYetCommitted(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            s.add(new Author("Pending", "pending@example.com")); // found through autoflush
            assertThat(new AuthorRepository(s).byEmail("pending@example.com")).isPresent();
        }
    }

    @DatabaseTest
    void searchMatchesANameFragmentInAnyCaseInNameOrderUpToTheLimit(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        createAuthors(sessions);
        try (Session s = sessions.open()) {
            AuthorRepository authors = new AuthorRepository(s);
            assertThat(authors.search("URSULA", 10)).extracting(Author::getName)
                    .containsExactly("Ursula Le Guin", "Ursula Vernon");
            assertThat(authors.search("U", 2)).extracting(Author::getName)
                    .containsExactly("Octavia Butler", "Ursula Le Guin");
            assertThat(authors.search("zzz", 5)).isEmpty();
        }
    }
}
