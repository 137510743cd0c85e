package dev.athanor.sql;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Connection;
import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Joins built from tables, SQLAlchemy's {@code authors.outerjoin(books)}, given to
 * {@code selectFrom}; and string-named columns compared without a type witness
 * ({@code books.c("pages").gt(400)}).
 */
class FromClauseJoinTest {
    private final CoreFixture f = new CoreFixture();

    @Test
    void joinInfersTheOnConditionFromTheForeignKey() {
        assertThat(select(f.authors.c("name"), f.books.c("title")).selectFrom(f.authors.join(f.books)).toString())
                .isEqualTo("SELECT authors.name, books.title FROM authors JOIN books ON authors.id = books.author_id");
    }

    @Test
    void outerAndFullOuterJoinsAreNamedMethods() {
        assertThat(select(f.authors.c("name")).selectFrom(f.authors.outerJoin(f.books)).toString())
                .isEqualTo("SELECT authors.name FROM authors LEFT OUTER JOIN books ON authors.id = books.author_id");
        assertThat(select(f.authors.c("name")).selectFrom(f.authors.fullOuterJoin(f.books)).toString())
                .isEqualTo("SELECT authors.name FROM authors FULL OUTER JOIN books ON authors.id = books.author_id");
    }

    @Test
    void explicitOnConditionsNeedNoForeignKey() {
        Join join = f.users.join(f.authors, f.users.c("name").eq(f.authors.c("name")));
        assertThat(select(f.users.c("id")).selectFrom(join).toString())
                .isEqualTo("SELECT users.id FROM users JOIN authors ON users.name = authors.name");
        Join outer = f.users.outerJoin(f.authors, f.users.c("name").eq(f.authors.c("name")));
        assertThat(outer.isOuter()).isTrue();
        assertThat(outer.isFull()).isFalse();
        Join full = f.users.fullOuterJoin(f.authors, f.users.c("name").eq(f.authors.c("name")));
        assertThat(full.isFull()).isTrue();
    }

    @Test
    void aJoinJoinsFurtherAndAJoinOnTheRightIsParenthesized() {
        MetaData metadata = new MetaData();
        Table authors = metadata.table("authors", Column.of("id", Types.INTEGER).primaryKey());
        Table books = metadata.table("books", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("author_id", Types.INTEGER).references("authors.id"));
        Table reviews = metadata.table("reviews", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("book_id", Types.INTEGER).references("books.id"));
        assertThat(select(reviews.c("id")).selectFrom(authors.join(books).outerJoin(reviews)).toString())
                .isEqualTo("SELECT reviews.id FROM authors JOIN books ON authors.id = books.author_id"
                        + " LEFT OUTER JOIN reviews ON books.id = reviews.book_id");
        assertThat(select(reviews.c("id")).selectFrom(authors.outerJoin(books.join(reviews))).toString())
                .isEqualTo("SELECT reviews.id FROM authors LEFT OUTER JOIN"
                        + " (books JOIN reviews ON books.id = reviews.book_id) ON authors.id = books.author_id");
    }

    @Test
    void noForeignKeyOrSeveralNameBothTables() {
        assertThatThrownBy(() -> f.users.join(f.authors))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Can't find any foreign key relationships between [users] and [authors]")
                .hasMessageContaining("join(right, condition)");
        MetaData metadata = new MetaData();
        Table people = metadata.table("people", Column.of("id", Types.INTEGER).primaryKey());
        Table letters = metadata.table("letters", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("sender_id", Types.INTEGER).references("people.id"),
                Column.of("recipient_id", Types.INTEGER).references("people.id"));
        assertThatThrownBy(() -> people.outerJoin(letters))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("between [people] and [letters]")
                .hasMessageContaining("several foreign keys");
        assertThat(select(letters.c("id")).selectFrom(people.join(letters, people.c("id").eq(letters.c("sender_id"))))
                .toString()).endsWith("FROM people JOIN letters ON people.id = letters.sender_id");
    }

    @Test
    void aNullOnConditionOrSideIsRefused() {
        assertThatThrownBy(() -> f.authors.join(f.books, null))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("null ON condition");
        assertThatThrownBy(() -> f.authors.outerJoin(null))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("null right side");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theFlagFormStillBuildsTheSameJoin() {
        Join flags = Join.of(f.authors, f.books, null, true, false);
        assertThat(select(f.authors.c("id")).selectFrom(flags).toString())
                .isEqualTo(select(f.authors.c("id")).selectFrom(f.authors.outerJoin(f.books)).toString());
        assertThat(select(f.authors.c("id")).join(f.books, null, true, false).toString())
                .isEqualTo(select(f.authors.c("id")).outerJoin(f.books).toString());
    }

    @Test
    void stringNamedColumnsCompareWithPlainValues() {
        ColumnElement<Boolean> longBooks = f.books.c("pages").gt(400);
        assertThat(select(f.books.c("title")).where(longBooks).toString())
                .isEqualTo("SELECT books.title FROM books WHERE books.pages > :pages_1");
        assertThat(select(f.books.c("title")).where(f.books.c("id").in(1, 2), f.books.c("title").eq(null)).toString())
                .isEqualTo("SELECT books.title FROM books WHERE books.id IN (__[POSTCOMPILE_id_1]) AND books.title IS NULL");
    }

    @DatabaseTest
    void joinsFromTablesRunOnEveryDatabase(TestDb db) {
        withLibrary(db, "fj1_", t -> {
            try (Connection conn = db.engine().connect()) {
                List<String> perAuthor = conn.execute(select(t.authors.c("name"), func.count(t.books.c("id")))
                                .selectFrom(t.authors.outerJoin(t.books))
                                .groupBy(t.authors.c("name")).orderBy(t.authors.c("name"))).all().stream()
                        .map(row -> row.get(0) + "=" + row.get(1)).toList();
                assertThat(perAuthor).containsExactly("Ann=2", "Bob=1", "Cy=0");
                List<Object> longOnes = conn.execute(select(t.books.c("title"))
                        .selectFrom(t.authors.join(t.books))
                        .where(t.books.c("pages").gt(150), t.authors.c("name").eq("Ann"))).scalars().all();
                assertThat(longOnes).containsExactly("A2");
            }
        });
    }

    @DatabaseTest
    @Requires(Capability.FULL_OUTER_JOIN)
    void fullOuterJoinKeepsUnmatchedRowsOfBothSides(TestDb db) {
        withLibrary(db, "fj2_", t -> {
            try (Connection conn = db.engine().connect()) {
                conn.execute(insert(t.books), List.of(Map.of("id", 9, "title", "Orphan", "pages", 10)));
                List<String> pairs = conn.execute(select(t.authors.c("name"), t.books.c("title"))
                                .selectFrom(t.authors.fullOuterJoin(t.books)).orderBy(t.books.c("id"))).all().stream()
                        .map(row -> row.get(0) + "/" + row.get(1)).toList();
                assertThat(pairs).containsExactlyInAnyOrder("Ann/A1", "Ann/A2", "Bob/B1", "null/Orphan", "Cy/null");
            }
        });
    }

    private static void withLibrary(TestDb db, String prefix, Consumer<CoreFixture> work) {
        CoreFixture t = new CoreFixture(prefix);
        t.metadata.dropAll(db.engine());
        t.metadata.createAll(db.engine());
        try {
            try (Connection conn = db.engine().connect()) {
                conn.execute(insert(t.authors), List.of(Map.of("id", 1, "name", "Ann"), Map.of("id", 2, "name", "Bob"),
                        Map.of("id", 3, "name", "Cy")));
                conn.execute(insert(t.books), List.of(
                        Map.of("id", 1, "author_id", 1, "title", "A1", "pages", 100),
                        Map.of("id", 2, "author_id", 1, "title", "A2", "pages", 300),
                        Map.of("id", 3, "author_id", 2, "title", "B1", "pages", 200)));
                conn.commit();
            }
            work.accept(t);
        } finally {
            t.metadata.dropAll(db.engine());
        }
    }
}
