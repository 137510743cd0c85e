package dev.athanor.sql;

import static dev.athanor.sql.Sql.desc;
import static dev.athanor.sql.Sql.exists;
import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.update;
import static dev.athanor.sql.Sql.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Row;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Core statements run on every live database, with the rows they return asserted. */
class CoreExecutionTest {

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** Creates the fixture's tables under a private prefix, runs the work, drops them. */
    private static void withTables(TestDb db, String prefix, Consumer<CoreFixture> work) {
        CoreFixture f = new CoreFixture(prefix);
        f.metadata.dropAll(db.engine());
        f.metadata.createAll(db.engine());
        try {
            work.accept(f);
        } finally {
            f.metadata.dropAll(db.engine());
        }
    }

    private static void library(Connection conn, CoreFixture f) {
        conn.execute(insert(f.authors), List.of(row("id", 1, "name", "Ann"), row("id", 2, "name", "Bob"),
                row("id", 3, "name", "Cy")));
        conn.execute(insert(f.books), List.of(
                row("id", 1, "author_id", 1, "title", "A1", "pages", 100, "published", 2023),
                row("id", 2, "author_id", 1, "title", "A2", "pages", 300, "published", 2024),
                row("id", 3, "author_id", 1, "title", "A3", "pages", 200, "published", 2025),
                row("id", 4, "author_id", 2, "title", "B1", "pages", 50, "published", 2024)));
    }

    @DatabaseTest
    void selectReadsEachColumnWithItsOwnTypeAndFindsColumnsByExpression(TestDb db) {
        withTables(db, "cx1_", f -> {
            try (Connection conn = db.engine().connect()) {
                conn.execute(insert(f.users), List.of(row("id", 1, "name", "Ann", "login_count", 3),
                        row("id", 2, "name", "Bob", "login_count", 0)));
                var name = f.users.c("name", String.class);
                var logins = f.users.c("login_count", Integer.class);
                Label<Integer> doubled = logins.times(2).label("doubled");
                Row row = conn.execute(select(name, doubled).where(f.users.c("id", Integer.class).eq(1))).one();
                assertThat(row.get(name)).isEqualTo("Ann");
                assertThat(row.get(doubled)).isEqualTo(6);
                assertThat(row.get(1)).isInstanceOf(Integer.class);
            }
        });
    }

    @DatabaseTest
    void cteOfPagesPerAuthorSince2024JoinedBackToAuthors(TestDb db) {
        withTables(db, "cx2_", f -> {
            try (Connection conn = db.engine().connect()) {
                library(conn, f);
                var pages = f.books.c("pages", Integer.class);
                Cte recent = select(f.books.c("author_id"), func.sum(pages).label("total"))
                        .where(f.books.c("published", Integer.class).ge(2024))
                        .groupBy(f.books.c("author_id")).cte("recent");
                List<Row> rows = conn.execute(select(f.authors.c("name"), recent.c("total"))
                        .join(recent, f.authors.c("id").eq(recent.c("author_id")))
                        .orderBy(f.authors.c("name"))).all();
                assertThat(rows).extracting(r -> r.get(0) + ":" + ((Number) r.get(1)).intValue())
                        .containsExactly("Ann:500", "Bob:50");
            }
        });
    }

    @DatabaseTest
    void recursiveCteWalksACategoryTree(TestDb db) {
        withTables(db, "cx3_", f -> {
            try (Connection conn = db.engine().connect()) {
                conn.execute(insert(f.categories), List.of(row("id", 1, "parent_id", null, "name", "root"),
                        row("id", 2, "parent_id", 1, "name", "child"), row("id", 3, "parent_id", 2, "name", "grandchild"),
                        row("id", 4, "parent_id", null, "name", "other")));
                var cat = f.categories;
                Cte tree = select(cat.c("id"), cat.c("name")).where(cat.c("id", Integer.class).eq(1)).cteRecursive("tree");
                tree = tree.unionAll(select(cat.c("id"), cat.c("name")).join(tree, cat.c("parent_id").eq(tree.c("id"))));
                List<Object> names = conn.execute(select(tree.c("name")).orderBy(tree.c("id"))).scalars().all();
                assertThat(names).containsExactly("root", "child", "grandchild");
            }
        });
    }

    @DatabaseTest
    @Requires(Capability.WINDOW_FUNCTIONS)
    void rankOverPartitionByAuthorOrderedByPages(TestDb db) {
        withTables(db, "cx4_", f -> {
            try (Connection conn = db.engine().connect()) {
                library(conn, f);
                Label<Long> rank = func.rank().over(window().partitionBy(f.books.c("author_id"))
                        .orderBy(f.books.c("pages").desc())).label("r");
                List<Row> rows = conn.execute(select(f.books.c("title"), rank).orderBy(f.books.c("title"))).all();
                assertThat(rows).extracting(r -> r.get(0) + "#" + ((Number) r.get(rank)).intValue())
                        .containsExactly("A1#3", "A2#1", "A3#2", "B1#1");
            }
        });
    }

    @DatabaseTest
    void authorsWithBookCountsViaOuterJoinGroupByHaving(TestDb db) {
        withTables(db, "cx5_", f -> {
            try (Connection conn = db.engine().connect()) {
                library(conn, f);
                var count = func.count(f.books.c("id"));
                Label<Long> n = count.label("n");
                List<Row> rows = conn.execute(select(f.authors.c("name"), n)
                        .outerJoin(f.books, f.authors.c("id").eq(f.books.c("author_id")))
                        .groupBy(f.authors.c("name")).having(count.gt(0L)).orderBy(desc(n))).all();
                assertThat(rows).extracting(r -> r.get(0) + "=" + r.get(n)).containsExactly("Ann=3", "Bob=1");
            }
        });
    }

    @DatabaseTest
    void countExistsAndInSubqueryFilters(TestDb db) {
        withTables(db, "cx6_", f -> {
            try (Connection conn = db.engine().connect()) {
                library(conn, f);
                Long big = conn.execute(select(func.count()).selectFrom(f.books)
                        .where(f.books.c("pages", Integer.class).gt(99))).scalar();
                assertThat(big).isEqualTo(3L);
                var withBooks = select(f.authors.c("name")).where(exists(select(f.books.c("id"))
                        .where(f.books.c("author_id").eq(f.authors.c("id"))))).orderBy(f.authors.c("name"));
                assertThat(conn.execute(withBooks).scalars().all()).containsExactly("Ann", "Bob");
                var in2024 = select(f.authors.c("name")).where(f.authors.c("id").in(select(f.books.c("author_id"))
                        .where(f.books.c("published", Integer.class).eq(2024)))).orderBy(f.authors.c("name"));
                assertThat(conn.execute(in2024).scalars().all()).containsExactly("Ann", "Bob");
                assertThat(conn.execute(select(f.authors.c("name")).where(f.authors.c("id", Integer.class)
                        .in(List.of()))).all()).isEmpty();
            }
        });
    }

    @DatabaseTest
    void upsertInsertsOnceThenUpdates(TestDb db) {
        withTables(db, "cx7_", f -> {
            try (Connection conn = db.engine().connect()) {
                var name = f.users.c("name", String.class);
                for (String value : List.of("first", "second")) {
                    Insert base = insert(f.users).values(row("id", 1, "name", value, "login_count", 0));
                    conn.execute(base.onConflictDoUpdate(List.of(f.users.c("id")), Map.of("name", base.excluded(name))));
                }
                assertThat(conn.execute(select(f.users.c("id"), name)).all()).extracting(r -> r.get(name))
                        .containsExactly("second");
            }
        });
    }

    @DatabaseTest
    @Requires(Capability.UPDATE_RETURNING)
    void updateIncrementsAndReturnsTheNewValue(TestDb db) {
        withTables(db, "cx8_", f -> {
            try (Connection conn = db.engine().connect()) {
                conn.execute(insert(f.users).values(row("id", 1, "name", "Ann", "login_count", 4)));
                var logins = f.users.c("login_count", Integer.class);
                Row row = conn.execute(update(f.users).values(logins, logins.plus(1))
                        .where(f.users.c("id", Integer.class).eq(1)).returning(f.users.c("id"), logins)).one();
                assertThat(row.get(logins)).isEqualTo(5);
            }
        });
    }

    @DatabaseTest
    @Requires(Capability.INSERT_RETURNING)
    void manyRowsWithReturningGoAsMultiRowInserts(TestDb db) {
        withTables(db, "cx9_", f -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= 2500; i++) {
                rows.add(row("id", i, "name", "u" + i));
            }
            try (Connection conn = db.engine().connect(); SqlRecorder recorder = db.record()) {
                List<Row> returned = conn.execute(insert(f.users).returning(f.users.c("id")), rows).all();
                assertThat(returned).hasSize(2500);
                assertThat(returned.get(2499).get(f.users.c("id"))).isEqualTo(2500);
                assertThat(recorder.statements()).hasSize(3).allSatisfy(s -> assertThat(s.executemany()).isFalse());
            }
        });
    }

    @DatabaseTest
    void tenThousandRowExecutemanyIsOneBatch(TestDb db) {
        withTables(db, "cx10_", f -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= 10_000; i++) {
                rows.add(row("id", i, "name", "u" + i, "login_count", i % 7));
            }
            try (Connection conn = db.engine().connect(); SqlRecorder recorder = db.record()) {
                conn.execute(insert(f.users), rows);
                assertThat(recorder.statements()).hasSize(1);
                assertThat(recorder.statements().get(0).executemany()).isTrue();
                assertThat(recorder.statements().get(0).parameters()).hasSize(10_000);
                assertThat(conn.execute(select(func.count()).selectFrom(f.users)).<Long>scalar()).isEqualTo(10_000L);
            }
        });
    }

    @DatabaseTest
    void compileCacheHitsForTheSameShapeAndMissesForAnother(TestDb db) {
        withTables(db, "cx11_", f -> {
            try (Connection conn = db.engine().connect(); SqlRecorder recorder = db.record()) {
                var cache = db.engine().compileCache();
                var id = f.users.c("id", Integer.class);
                conn.execute(select(f.users.c("name")).where(id.eq(1)));
                long hits = cache.hits();
                long misses = cache.misses();
                conn.execute(select(f.users.c("name")).where(id.eq(2)));
                assertThat(cache.hits()).isEqualTo(hits + 1);
                assertThat(cache.misses()).isEqualTo(misses);
                assertThat(recorder.sql().get(1)).isSameAs(recorder.sql().get(0));
                assertThat(recorder.statements().get(1).parameters()).containsExactly(List.of(2));
                conn.execute(select(f.users.c("name")).where(id.gt(2)));
                assertThat(cache.misses()).isEqualTo(misses + 1);
            }
        });
    }

    @DatabaseTest
    void injectionStringsAndWildcardsMatchOnlyThemselves(TestDb db) {
        withTables(db, "cx12_", f -> {
            try (Connection conn = db.engine().connect()) {
                List<String> names = List.of("x'); DROP TABLE cx12_users; --", "50% off", "500 off", "a_b", "axb",
                        "back\\slash", "sl/ash");
                for (int i = 0; i < names.size(); i++) {
                    conn.execute(insert(f.users).values(row("id", i + 1, "name", names.get(i))));
                }
                var name = f.users.c("name", String.class);
                assertThat(conn.execute(select(name).where(name.eq(names.get(0)))).scalars().all())
                        .containsExactly(names.get(0));
                assertThat(conn.execute(select(name).where(name.startsWith("50%"))).scalars().all())
                        .containsExactly("50% off");
                assertThat(conn.execute(select(name).where(name.contains("a_"))).scalars().all()).containsExactly("a_b");
                assertThat(conn.execute(select(name).where(name.endsWith("\\slash"))).scalars().all())
                        .containsExactly("back\\slash");
                assertThat(conn.execute(select(name).where(name.contains("/"))).scalars().all())
                        .containsExactly("sl/ash");
                assertThat(conn.execute(select(func.count()).selectFrom(f.users)).<Long>scalar()).isEqualTo(7L);
            }
        });
    }
}
