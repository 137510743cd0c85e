package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QBook;
import dev.athanor.orm.model.QBook_;
import dev.athanor.orm.model.QTag;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;

/** Write-only collections: a query to filter, members added and removed without loading the others. */
class WriteOnlyCollectionTest {

    @DatabaseTest
    void aWriteOnlyCollectionIsAQueryToFilter(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            QAuthor author = s.get(QAuthor.class, 2L);
            sql.clear();
            assertThat(s.<QBook>scalars(author.getCatalogue().select().where(QBook_.title.endsWith("-2"))).all())
                    .extracting(QBook::getTitle).containsExactly("B002-2");
            assertThat(sql.sql()).containsExactly("SELECT q_book.id, q_book.title, q_book.author_id FROM q_book"
                    + " WHERE q_book.author_id = ? AND q_book.title LIKE ? ESCAPE '/'");
        }
    }

    @DatabaseTest
    void addAndRemoveWriteWithoutLoadingTheCollection(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            QAuthor author = s.get(QAuthor.class, 3L);
            QBook added = new QBook(1000L, "New");
            author.getCatalogue().add(added);
            s.commit();
            assertThat(s.<QBook>scalars(author.getCatalogue().select()).all()).extracting(QBook::getTitle)
                    .containsExactly("New");
            author.getCatalogue().remove(s.get(QBook.class, added.getId()));
            s.commit();
            assertThat(s.<QBook>scalars(author.getCatalogue().select()).all()).isEmpty();
            assertThat(s.get(QBook.class, added.getId()).getAuthorId()).isNull();

            QTag t2 = s.get(QTag.class, 2L);
            long before = s.<QBook>scalars(t2.getBooks().select()).all().size();
            t2.getBooks().add(s.get(QBook.class, 1L));
            assertThat(s.<QBook>scalars(t2.getBooks().select()).all()).hasSize((int) before + 1);
            t2.getBooks().remove(s.get(QBook.class, 1L));
            s.commit();
            assertThat(s.<QBook>scalars(t2.getBooks().select()).all()).hasSize((int) before);
        }
    }
}
