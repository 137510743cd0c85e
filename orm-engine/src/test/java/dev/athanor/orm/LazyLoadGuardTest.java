package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.orm.model.QBook;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;

/** {@link SessionFactory#open(LazyLoadGuard)} and {@code refresh(obj, "relationship")} on a synchronous session. */
class LazyLoadGuardTest {

    @DatabaseTest
    void theGuardIsAskedBeforeEachLoadAndItsErrorStopsTheLoadBeforeAnySql(TestDb db) {
        List<String> asked = new ArrayList<>();
        LazyLoadGuard refuseBooks = (object, attribute, load) -> {
            asked.add(object.getClass().getSuperclass().getSimpleName() + "." + attribute + " " + load);
            if (attribute.equals("books")) {
                throw new LazyLoadError("no books now");
            }
        };
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open(refuseBooks)) {
            QAuthor author = s.<QAuthor>scalars(select(QAuthor.class).orderBy(QAuthor_.id)).first();
            try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                assertThatThrownBy(author::getBooks).isInstanceOf(LazyLoadError.class).hasMessage("no books now");
                assertThat(sql.sql()).isEmpty();
            }
            s.expire(author);
            assertThat(author.getName()).isEqualTo("A001");

            assertThat(asked).containsExactly("QAuthor.books RELATIONSHIP", "QAuthor.name EXPIRED");
        }
    }

    @DatabaseTest
    void refreshWithARelationshipNameLoadsItWithoutTheGuard(TestDb db) {
        try (QueryFixture f = new QueryFixture(db);
             Session s = f.sessions.open((object, attribute, load) -> {
                 throw new LazyLoadError("refused");
             })) {
            QAuthor author = s.<QAuthor>scalars(select(QAuthor.class).orderBy(QAuthor_.id)).first();
            s.refresh(author, "books", "name");

            assertThat(author.getBooks()).extracting(QBook::getTitle).containsExactly("B001-1", "B001-2");
            assertThat(author.getName()).isEqualTo("A001");
        }
    }
}
