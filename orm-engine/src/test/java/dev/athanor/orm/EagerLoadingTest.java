package dev.athanor.orm;

import static dev.athanor.orm.Load.containsEager;
import static dev.athanor.orm.Load.defer;
import static dev.athanor.orm.Load.joinedLoad;
import static dev.athanor.orm.Load.lazyLoad;
import static dev.athanor.orm.Load.loadOnly;
import static dev.athanor.orm.Load.noLoad;
import static dev.athanor.orm.Load.raiseLoad;
import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.orm.Load.subqueryLoad;
import static dev.athanor.orm.Load.undefer;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.orm.model.QBook;
import dev.athanor.orm.model.QBook_;
import dev.athanor.orm.model.QEmployee;
import dev.athanor.orm.model.QTag;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loader strategies by query option and by mapping, counted in statements on every database. */
class EagerLoadingTest {

    private static long bookCount(List<QAuthor> authors) {
        return authors.stream().mapToLong(a -> a.getBooks().size()).sum();
    }

    @DatabaseTest
    void selectinLoadOfAHundredAuthorsBooksCostsTwoStatements(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).options(selectinLoad(QAuthor_.books))).all();
            assertThat(authors).hasSize(QueryFixture.AUTHORS);
            assertThat(bookCount(authors)).isEqualTo(f.books);
            assertThat(authors.get(0).getBooks()).extracting(QBook::getTitle).containsExactly("B001-1", "B001-2");
            assertThat(authors.get(0).getBooks().get(0).getAuthor()).isSameAs(authors.get(0));
            assertThat(sql.sql()).hasSize(2);
            assertThat(sql.sqlWithInLists().get(1)).startsWith("SELECT q_book.author_id, q_book.id, q_book.title, q_book.author_id"
                    + " FROM q_book WHERE q_book.author_id IN (").endsWith(") ORDER BY q_book.title");
            assertThat(s.stats().lazyLoads()).isEmpty();
        }
    }

    @DatabaseTest
    void joinedLoadOfAHundredAuthorsBooksCostsOneStatement(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).options(joinedLoad(QAuthor_.books))
                    .orderBy(QAuthor_.id)).unique().all();
            assertThat(authors).hasSize(QueryFixture.AUTHORS);
            assertThat(bookCount(authors)).isEqualTo(f.books);
            assertThat(authors.get(2).getBooks()).isEmpty();
            assertThat(sql.sql()).hasSize(1);
            assertThat(sql.sql().get(0)).contains("FROM q_author LEFT OUTER JOIN q_book AS q_book_1 ON q_author.id = q_book_1.author_id");
        }
    }

    @DatabaseTest
    void aQueryWithOptionsSeenBeforeIsNotCompiledAgain(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            s.scalars(select(QAuthor.class).where(QAuthor_.id.eq(1L)).options(joinedLoad(QAuthor_.books))).unique().all();
            long misses = db.engine().compileCache().misses();
            s.expireAll();
            s.scalars(select(QAuthor.class).where(QAuthor_.id.eq(2L)).options(joinedLoad(QAuthor_.books))).unique().all();
            assertThat(db.engine().compileCache().misses()).isEqualTo(misses);
        }
    }

    @DatabaseTest
    void joinedLoadOfACollectionWithoutUniqueSaysToCallUnique(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            EntityResult<QAuthor> result = s.scalars(select(QAuthor.class).options(joinedLoad(QAuthor_.books)));
            assertThatThrownBy(result::all).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("unique() method must be called").hasMessageContaining("joinedLoad");
        }
    }

    @DatabaseTest
    void chainedSelectinLoadsThreeLevelsInThreeStatements(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class)
                    .options(selectinLoad(QAuthor_.books).selectinLoad(QBook_.tags))).all();
            assertThat(authors.get(0).getBooks().get(0).getTags()).extracting(QTag::getName).containsExactly("t1");
            assertThat(authors.get(0).getBooks().get(1).getTags()).extracting(QTag::getName).containsExactly("t1", "t2");
            assertThat(authors.stream().flatMap(a -> a.getBooks().stream()).mapToInt(b -> b.getTags().size()).sum())
                    .isEqualTo(f.books + f.books / 2);
            assertThat(sql.sql()).hasSize(3);
            assertThat(sql.sqlWithInLists().get(2)).startsWith("SELECT q_book_tag.book_id, q_tag.id, q_tag.name FROM q_tag"
                    + " JOIN q_book_tag ON q_tag.id = q_book_tag.tag_id WHERE q_book_tag.book_id IN (");
        }
    }

    @DatabaseTest
    void joinedThenSelectinAlsoLoadsEveryLevel(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class)
                    .options(joinedLoad(QAuthor_.books).selectinLoad(QBook_.tags))).unique().all();
            assertThat(authors.get(0).getBooks().get(1).getTags()).hasSize(2);
            assertThat(sql.sql()).hasSize(2);
        }
    }

    @DatabaseTest
    void subqueryLoadRepeatsTheQueryInsideIn(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.name.le("A010"))
                    .options(subqueryLoad(QAuthor_.books))).all();
            assertThat(authors).hasSize(10);
            assertThat(bookCount(authors)).isEqualTo(14);
            assertThat(sql.sql()).hasSize(2);
            assertThat(sql.sql().get(1)).isEqualTo("SELECT q_book.author_id, q_book.id, q_book.title, q_book.author_id"
                    + " FROM q_book WHERE q_book.author_id IN (SELECT q_author.id FROM q_author WHERE q_author.name <= ?)"
                    + " ORDER BY q_book.title");
        }
    }

    @DatabaseTest
    void subqueryLoadOfAPagedQueryWrapsItInADerivedTable(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).orderBy(QAuthor_.name).limit(4)
                    .options(subqueryLoad(QAuthor_.books))).all();
            assertThat(authors).extracting(a -> a.getBooks().size()).containsExactly(2, 2, 0, 2);
        }
    }

    @DatabaseTest
    void raiseLoadRaisesNamingTheAttributeAndNoLoadLeavesItEmpty(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            QAuthor raising = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.eq(1L))
                    .options(raiseLoad(QAuthor_.books))).one();
            assertThatThrownBy(raising::getBooks).isInstanceOf(LazyLoadError.class).hasMessageContaining("QAuthor.books");
        }
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            QAuthor empty = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.eq(1L))
                    .options(noLoad(QAuthor_.books))).one();
            assertThat(empty.getBooks()).isEmpty();
            assertThat(sql.sql()).hasSize(1);
        }
    }

    @DatabaseTest
    void lazyLoadOptionOverridesTheMappingsSelectin(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            QBook book = s.<QBook>scalars(select(QBook.class).where(QBook_.id.eq(1L))
                    .options(lazyLoad(QBook_.author))).one();
            assertThat(sql.sql()).hasSize(1);
            assertThat(book.getAuthor().getName()).isEqualTo("A001");
            assertThat(sql.sql()).hasSize(2);
        }
    }

    @DatabaseTest
    void aMappingsSelectinManyToOneLoadsEveryBooksAuthorInOneMoreStatement(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QBook> books = s.<QBook>scalars(select(QBook.class)).all();
            assertThat(books).hasSize(f.books);
            assertThat(books.stream().map(QBook::getAuthor).distinct()).hasSize(67);
            assertThat(sql.sql()).hasSize(2);
            assertThat(sql.sqlWithInLists().get(1)).startsWith("SELECT q_author.id, q_author.id, q_author.name, q_author.bio"
                    + " FROM q_author WHERE q_author.id IN (");
        }
    }

    @DatabaseTest
    void aMappingsJoinedManyToOneComesInTheSameStatement(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QEmployee> employees = s.<QEmployee>scalars(select(QEmployee.class)).all();
            assertThat(employees).extracting(e -> e.getManager() == null ? null : e.getManager().getName())
                    .containsExactlyInAnyOrder(null, "Ada", "Bob");
            assertThat(sql.sql()).hasSize(1);
            assertThat(sql.sql().get(0)).endsWith("FROM q_employee LEFT OUTER JOIN q_employee AS q_employee_1"
                    + " ON q_employee.manager_id = q_employee_1.id");
        }
    }

    @DatabaseTest
    void containsEagerFillsTheCollectionFromTheQuerysOwnJoin(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).join(QAuthor_.books)
                    .where(QBook_.title.endsWith("-2")).orderBy(QAuthor_.id)
                    .options(containsEager(QAuthor_.books))).unique().all();
            assertThat(authors).hasSize(67);
            assertThat(authors.get(0).getBooks()).extracting(QBook::getTitle).containsExactly("B001-2");
            assertThat(sql.sql()).hasSize(1);
            assertThat(sql.sql().get(0)).startsWith("SELECT q_author.id, q_author.name, q_author.bio, q_book.id,"
                    + " q_book.title, q_book.author_id FROM q_author JOIN q_book ON q_author.id = q_book.author_id");
        }
    }

    @DatabaseTest
    void containsEagerWithoutTheJoinNamesTheMissingJoin(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            assertThatThrownBy(() -> s.scalars(select(QAuthor.class).options(containsEager(QAuthor_.books))))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("does not join q_book");
        }
    }

    @DatabaseTest
    void deferLeavesAColumnOutAndItsGetterLoadsIt(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            QAuthor author = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.eq(1L))
                    .options(defer(QAuthor_.bio))).one();
            assertThat(sql.sql()).containsExactly("SELECT q_author.id, q_author.name FROM q_author WHERE q_author.id = ?");
            assertThat(author.getName()).isEqualTo("A001");
            assertThat(sql.sql()).hasSize(1);
            assertThat(author.getBio()).isEqualTo("bio of A001");
            assertThat(sql.sql()).hasSize(2).last()
                    .isEqualTo("SELECT q_author.bio FROM q_author WHERE q_author.id = ?");
            assertThat(s.isModified(author)).isFalse();
        }
    }

    @DatabaseTest
    void loadOnlyAndUndeferChooseTheColumns(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            s.scalars(select(QAuthor.class).where(QAuthor_.id.eq(2L)).options(loadOnly(QAuthor_.name))).one();
            s.expireAll();
            s.scalars(select(QAuthor.class).where(QAuthor_.id.eq(2L))
                    .options(defer(QAuthor_.bio, QAuthor_.name), undefer(QAuthor_.bio))).one();
            s.expireAll();
            s.scalars(select(QBook.class).where(QBook_.id.eq(1L))
                    .options(lazyLoad(QBook_.author), selectinLoad(QBook_.author).loadOnly(QAuthor_.name))).one();
            assertThat(sql.sqlWithInLists()).containsExactly(
                    "SELECT q_author.id, q_author.name FROM q_author WHERE q_author.id = ?",
                    "SELECT q_author.id, q_author.bio FROM q_author WHERE q_author.id = ?",
                    "SELECT q_book.id, q_book.title, q_book.author_id FROM q_book WHERE q_book.id = ?",
                    "SELECT q_author.id, q_author.id, q_author.name FROM q_author WHERE q_author.id IN (?)");
        }
    }

    @Test
    void optionsFailEarlyOnAPathThatDoesNotContinue() {
        assertThatThrownBy(() -> selectinLoad(QAuthor_.books).selectinLoad(QAuthor_.books))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("the path leads to QBook");
        assertThatThrownBy(() -> selectinLoad(QAuthor_.books).defer(QAuthor_.bio))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("names no attribute of QBook");
    }
}
