package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QBook;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;

/**
 * A flush skips loaded collections nobody changed since the last snapshot; these check that what
 * did change is still written, before and after such a flush, on every database.
 */
class UnchangedCollectionFlushTest {

    @DatabaseTest
    void aFlushWithOnlyLoadedCollectionsSendsNothing(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            s.get(QAuthor.class, 1L).getBooks().size();
            s.get(QAuthor.class, 2L).getBooks().size();
            try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                s.flush();
                assertThat(sql.sql()).isEmpty();
            }
        }
    }

    @DatabaseTest
    void changesAfterAnEmptyFlushAndBetweenFlushesAreWritten(TestDb db) {
        QBook moved;
        try (QueryFixture f = new QueryFixture(db)) {
            try (Session s = f.sessions.open()) {
                QAuthor first = s.get(QAuthor.class, 1L);
                QAuthor second = s.get(QAuthor.class, 2L);
                first.getBooks().size();
                second.getBooks().size();
                s.flush(); // nothing to write: both collections are skipped
                moved = first.getBooks().get(0);
                second.getBooks().add(moved); // backPopulates moves it out of first's collection quietly
                s.flush();
                assertThat(moved.getAuthorId()).isEqualTo(2L);
                first.getBooks().add(moved); // and back, after the snapshot the flush took
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                QBook reloaded = s.get(QBook.class, moved.getId());
                assertThat(reloaded.getAuthorId()).isEqualTo(1L);
                assertThat(s.get(QAuthor.class, 2L).getBooks()).doesNotContain(reloaded);
                assertThat(s.get(QAuthor.class, 1L).getBooks()).contains(reloaded);
            }
        }
    }
}
