package dev.athanor.orm;

import static dev.athanor.orm.Load.joinedLoad;
import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.orm.Load.subqueryLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.ResourceClosedError;
import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.orm.model.QBook;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;

/** {@link Session#stream}: partitions from a cursor, objects let go once passed, on every database. */
class StreamedResultTest {

    @DatabaseTest
    void partitionsComeYieldPerRowsAtATimeInQueryOrder(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 30)) {
            List<Integer> sizes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (List<QAuthor> partition : authors.partitions()) {
                sizes.add(partition.size());
                partition.forEach(a -> names.add(a.getName()));
            }
            assertThat(sizes).containsExactly(30, 30, 30, 10);
            assertThat(names).hasSize(QueryFixture.AUTHORS).startsWith("A001", "A002").endsWith("A100");
        }
    }

    @DatabaseTest
    void theSessionLetsGoOfAPartitionOnceTheIterationMovesPast(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 40)) {
            List<List<QAuthor>> seen = new ArrayList<>();
            for (List<QAuthor> partition : authors.partitions()) {
                assertThat(partition).allMatch(s::contains);
                seen.forEach(earlier -> assertThat(earlier).noneMatch(s::contains));
                seen.add(partition);
            }
            assertThat(seen.get(2)).noneMatch(s::contains); // the end of the stream lets go of the last one too
            assertThat(s.stateOf(seen.get(0).get(0))).isEqualTo(ObjectState.DETACHED);
        }
    }

    @DatabaseTest
    void objectsChangedInAPartitionStayAndAreFlushed(TestDb db) {
        try (QueryFixture f = new QueryFixture(db)) {
            try (Session s = f.sessions.open()) {
                QAuthor changed = null;
                try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 25)) {
                    for (QAuthor author : authors) {
                        if (author.getName().equals("A007")) {
                            author.setBio("rewritten");
                            changed = author;
                        }
                    }
                }
                assertThat(s.contains(changed)).isTrue();
                assertThat(s.dirty()).containsExactly(changed);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.get(QAuthor.class, 7L).getBio()).isEqualTo("rewritten");
            }
        }
    }

    @DatabaseTest
    void objectsTheSessionHeldBeforeAreLeftAlone(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            QAuthor held = s.get(QAuthor.class, 1L);
            try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 10)) {
                assertThat(all(authors)).hasSize(QueryFixture.AUTHORS).contains(held);
            }
            assertThat(s.contains(held)).isTrue();
            assertThat(s.get(QAuthor.class, 1L)).isSameAs(held);
        }
    }

    @DatabaseTest
    void selectinLoadRunsOncePerPartition(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             SqlRecorder sql = SqlRecorder.on(db.engine())) {
            long books = 0;
            try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id)
                    .options(selectinLoad(QAuthor_.books)), 50)) {
                for (QAuthor author : authors) {
                    books += author.getBooks().size();
                    assertThat(author.getBooks()).allMatch(book -> book.getAuthor() == author);
                }
            }
            assertThat(books).isEqualTo(f.books);
            assertThat(sql.sql()).hasSize(3); // the streamed query, then one IN query per partition
            assertThat(s.stats().lazyLoads()).isEmpty();
            assertThat(s.newObjects()).isEmpty();
            assertThat(s.dirty()).isEmpty();
        }
    }

    @DatabaseTest
    void aStreamedQueryFlushesFirst(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            s.get(QAuthor.class, 42L).setBio("changed before streaming");
            try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class)
                    .where(QAuthor_.bio.eq("changed before streaming")), 64)) {
                assertThat(all(authors)).extracting(QAuthor::getName).containsExactly("A042");
            }
        }
    }

    @DatabaseTest
    void joinedCollectionsAndSubqueryLoadAreRefused(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            assertThatThrownBy(() -> s.stream(select(QAuthor.class).options(joinedLoad(QAuthor_.books)), 10))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("use selectinLoad");
            try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class)
                    .options(subqueryLoad(QAuthor_.books)), 10)) {
                assertThatThrownBy(() -> authors.iterator().hasNext()).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("subqueryLoad(QAuthor.books)").hasMessageContaining("streamed");
            }
        }
    }

    @DatabaseTest
    void badUseIsAClearError(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            assertThatThrownBy(() -> s.stream(select(QAuthor.class), 0)).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("yieldPer must be at least 1, got 0");
            StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class), 10);
            authors.iterator().next();
            assertThatThrownBy(authors::iterator).isInstanceOf(ResourceClosedError.class)
                    .hasMessageContaining("iterated only once");
            authors.close();
            authors.close();
            StreamedResult<QAuthor> abandoned = s.stream(select(QAuthor.class), 10);
            var iterator = abandoned.iterator();
            iterator.next();
            abandoned.close();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    iterator.next();
                }
            }).isInstanceOf(ResourceClosedError.class).hasMessageContaining("closed");
        }
    }

    @DatabaseTest
    void leavingEarlyAndClosingLetsTheSessionGoOn(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            try (StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 10)) {
                assertThat(authors.iterator().next().getName()).isEqualTo("A001");
            }
            assertThat(s.<QBook>scalars(select(QBook.class)).all()).hasSize(f.books);
            s.commit();
        }
    }

    @DatabaseTest
    void anEndedStreamKeepsAnsweringThatNothingIsLeft(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 30);
            var iterator = authors.iterator();
            int count = 0;
            while (iterator.hasNext()) {
                iterator.next();
                count++;
            }
            assertThat(count).isEqualTo(QueryFixture.AUTHORS);
            assertThat(iterator.hasNext()).isFalse();
            assertThat(iterator.hasNext()).isFalse();
            assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);

            var partitions = s.stream(select(QAuthor.class).where(QAuthor_.id.lt(0L)), 30).partitions().iterator();
            assertThat(partitions.hasNext()).isFalse();
            assertThat(partitions.hasNext()).isFalse();
            assertThatThrownBy(partitions::next).isInstanceOf(java.util.NoSuchElementException.class);
            assertThat(s.<QBook>scalars(select(QBook.class)).all()).hasSize(f.books); // the session goes on
        }
    }

    private static <T> List<T> all(StreamedResult<T> result) {
        List<T> values = new ArrayList<>();
        result.forEach(values::add);
        return values;
    }
}
