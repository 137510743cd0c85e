package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.DetachedInstanceError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelBook;
import dev.athanor.orm.model.RelModels;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class RelationshipLoadingTest {
    private Registry registry;
    private TestDb db;

    private SessionFactory setUp(TestDb testDb, NPlusOneMode mode, int threshold) {
        db = testDb;
        registry = RelModels.registry();
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        return SessionFactory.builder(testDb.engine(), registry).nPlusOne(mode, threshold).build();
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    private static void authorsWithBooks(SessionFactory sessions, int authors) {
        try (Session s = sessions.open()) {
            for (int i = 0; i < authors; i++) {
                RelAuthor author = new RelAuthor("author " + i);
                author.getBooks().add(new RelBook("b " + i));
                author.getBooks().add(new RelBook("a " + i));
                s.add(author);
            }
            s.commit();
        }
    }

    @DatabaseTest
    void lazyLoadingTheBooksOfAHundredAuthorsCostsOneHundredAndOneStatements(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.OFF, 10);
        authorsWithBooks(sessions, 100);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            List<RelAuthor> authors = s.<RelAuthor>scalars(select(RelAuthor.class)).all();
            int books = 0;
            for (RelAuthor author : authors) {
                books += author.getBooks().size();
            }
            assertThat(books).isEqualTo(200);
            assertThat(recorder.sql()).hasSize(101);
            assertThat(recorder.sql().get(1)).contains("WHERE rel_book.author_id = ?").contains("ORDER BY rel_book.title");
            assertThat(s.stats().lazyLoads("RelAuthor.books")).isEqualTo(100);
            assertThat(s.stats().statements()).isEqualTo(101);
            assertThat(authors.get(0).getBooks()).extracting(RelBook::getTitle).containsExactly("a 0", "b 0");
        }
    }

    @DatabaseTest
    void manyToOneLazyLoadUsesTheIdentityMapFirst(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.OFF, 10);
        authorsWithBooks(sessions, 1);
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            List<RelBook> books = s.<RelBook>scalars(select(RelBook.class)).all();
            long before = s.stats().statements();
            assertThat(books.get(0).getAuthor()).isSameAs(author);
            assertThat(s.stats().statements()).isEqualTo(before);
            assertThat(author.getBooks()).containsExactlyInAnyOrderElementsOf(books);
        }
    }

    @DatabaseTest
    void raiseStrategyRaisesOnAccessNamingClassAndAttribute(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.OFF, 10);
        authorsWithBooks(sessions, 1);
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            assertThatThrownBy(author::getGuardedBooks).isInstanceOf(LazyLoadError.class)
                    .hasMessageContaining("RelAuthor.guardedBooks").hasMessageContaining("raise");
        }
    }

    @DatabaseTest
    void lazyLoadAfterCloseIsADetachedInstanceError(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.OFF, 10);
        authorsWithBooks(sessions, 1);
        RelAuthor author;
        try (Session s = sessions.open()) {
            author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
        }
        assertThat(author.getName()).isEqualTo("author 0");
        assertThatThrownBy(author::getBooks).isInstanceOf(DetachedInstanceError.class)
                .hasMessageContaining("RelAuthor").hasMessageContaining("'books'").hasMessageContaining("closed");
    }

    @DatabaseTest
    void expiredAttributesReloadOnAccessInsideTheSession(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.OFF, 10);
        authorsWithBooks(sessions, 1);
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            assertThat(author.getBooks()).hasSize(2);
            s.execute(dev.athanor.sql.Sql.text("UPDATE rel_author SET name = 'renamed'"));
            s.execute(dev.athanor.sql.Sql.text("DELETE FROM rel_book WHERE title = 'a 0'"));
            s.expire(author);
            assertThat(author.getName()).isEqualTo("renamed");
            assertThat(author.getBooks()).extracting(RelBook::getTitle).containsExactly("b 0");
        }
    }

    @DatabaseTest
    void theNPlusOneDetectorRaisesPastItsThresholdNamingTheRelationship(TestDb testDb) {
        SessionFactory sessions = setUp(testDb, NPlusOneMode.RAISE, 3);
        authorsWithBooks(sessions, 5);
        try (Session s = sessions.open()) {
            List<RelAuthor> authors = s.<RelAuthor>scalars(select(RelAuthor.class)).all();
            List<Integer> sizes = new ArrayList<>();
            assertThatThrownBy(() -> authors.forEach(a -> sizes.add(a.getBooks().size())))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("RelAuthor.books")
                    .hasMessageContaining("4 times").hasMessageContaining("selectinLoad(RelAuthor_.books)");
            assertThat(sizes).hasSize(3);
        }
    }
}
