package dev.athanor.orm;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.schema.Table;
import dev.athanor.sql.Select;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;

/**
 * A select built per call is prepared for loading once per cache key and registry, and the
 * prepared form serves later selects of the same key only where it is theirs: each runs with its
 * own values, a select of plain columns stays plain though its key is an entity select's, and
 * loader options are never taken from, nor put into, the cache.
 */
class PreparedQueryCacheTest {

    @DatabaseTest
    void selectsBuiltPerCallRunWithTheirOwnValuesInEverySession(TestDb db) {
        try (QueryFixture f = new QueryFixture(db)) {
            for (long id = 1; id <= 5; id++) {
                try (Session s = f.sessions.open()) {
                    QAuthor author = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.eq(id))).one();
                    assertThat(author.getId()).isEqualTo(id);
                    assertThat(author.getName()).isEqualTo(String.format("A%03d", id));
                    assertThat(s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.gt(97L)).orderBy(QAuthor_.id))
                            .all()).extracting(QAuthor::getId).containsExactly(98L, 99L, 100L);
                }
            }
        }
    }

    @DatabaseTest
    void aSelectOfPlainColumnsWithAnEntitySelectsKeyStaysPlain(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            Table table = f.registry.metadata().table("q_author");
            Select plain = select(table.c("id"), table.c("name"), table.c("bio")).where(table.c("id", Long.class).eq(3L));
            Select entity = select(QAuthor.class).where(QAuthor_.id.eq(3L));
            assertThat(CacheKey.of(plain)).as("the case this test is about").isEqualTo(CacheKey.of(entity));

            assertThat(s.<Object>scalars(entity).one()).isInstanceOf(QAuthor.class);
            assertThat(s.<Object>scalars(plain).one()).isEqualTo(3L);
            assertThat(s.execute(plain).one().get(1)).isEqualTo("A003");
            assertThat(s.<Object>scalars(select(QAuthor.class).where(QAuthor_.id.eq(3L))).one()).isInstanceOf(QAuthor.class);
        }
    }

    @DatabaseTest
    void loaderOptionsAreAppliedEachTimeAndNeverCached(TestDb db) {
        try (QueryFixture f = new QueryFixture(db)) {
            try (Session s = f.sessions.open(); SqlRecorder sql = SqlRecorder.on(db.engine())) {
                List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.lt(3L))).all();
                authors.forEach(a -> a.getBooks().size());
                assertThat(sql.sql()).as("lazy: one select for the authors, one per author's books").hasSize(3);
            }
            try (Session s = f.sessions.open(); SqlRecorder sql = SqlRecorder.on(db.engine())) {
                List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.lt(3L))
                        .options(selectinLoad(QAuthor_.books))).all();
                authors.forEach(a -> a.getBooks().size());
                assertThat(sql.sql()).as("selectin: the authors, then all their books at once").hasSize(2);
            }
            try (Session s = f.sessions.open(); SqlRecorder sql = SqlRecorder.on(db.engine())) {
                List<QAuthor> authors = s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.id.lt(3L))).all();
                authors.forEach(a -> a.getBooks().size());
                assertThat(sql.sql()).as("lazy again: the option's select did not change the cached one").hasSize(3);
            }
        }
    }
}
