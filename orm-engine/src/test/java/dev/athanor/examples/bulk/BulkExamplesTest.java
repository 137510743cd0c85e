package dev.athanor.examples.bulk;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.exists;
import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.ExecutionOptions;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.User;
import dev.athanor.examples.blog.User_;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.StreamedResult;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documents' bulk and performance examples: many rows in one batched INSERT, set-based UPDATE,
 * streaming large results, {@code exists} instead of counting, and eager loading against N+1.
 */
class BulkExamplesTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private final List<String> printed = new ArrayList<>();

    private void print(String line) {
        printed.add(line);
    }

    private static List<Map<String, Object>> users(int count) {
        return IntStream.rangeClosed(1, count).<Map<String, Object>>mapToObj(i -> Map.of("username", "user-" + i,
                "email", "user" + i + "@example.com")).toList();
    }

    private static void addUsers(SessionFactory sessions, int count) {
        try (Session session = sessions.open()) {
            session.execute(insert(User.class), users(count));
            session.commit();
        }
    }

    @DatabaseTest
    void bulkInsertWithAListOfParameterSets(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        try (var recorder = db.record(); Session session = sessions.open()) {
            // tag::bulk-insert[]
            session.execute(insert(User.class), List.of(
                    Map.of("username", "user1", "email", "user1@example.com"),
                    Map.of("username", "user2", "email", "user2@example.com")));
            session.commit();
            // end::bulk-insert[]
            assertThat(recorder.statements()).filteredOn(s -> s.sql().startsWith("INSERT")).singleElement()
                    .satisfies(s -> assertThat(s.parameters()).hasSize(2));
            assertThat(session.scalars(select(User.class).orderBy(User_.id)).all())
                    .extracting(User::getUsername).containsExactly("user1", "user2");
        }
    }

    @DatabaseTest
    void bulkUpdateWithAWhereClause(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        addUsers(sessions, 3);
        try (Session session = sessions.open()) {
            // tag::bulk-update[]
            session.execute(update(User.class)
                    .where(User_.isActive.isTrue())
                    .values(User_.lastLogin, func.now()));
            // end::bulk-update[]
            session.commit();
            assertThat(session.scalars(select(User.class)).all()).hasSize(3)
                    .allSatisfy(user -> assertThat(user.getLastLogin()).isNotNull());
        }
    }

    @DatabaseTest
    void bulkUpdateByPrimaryKey(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        addUsers(sessions, 3);
        try (var recorder = db.record(); Session session = sessions.open()) {
            User held = session.get(User.class, 2);
            recorder.clear();
            // tag::bulk-update-by-key[]
            session.execute(update(User.class), List.of(
                    Map.of("id", 1, "email", "new1@example.com", "isActive", false),
                    Map.of("id", 2, "email", "new2@example.com", "isActive", false)));
            session.commit();
            // end::bulk-update-by-key[]
            assertThat(recorder.statements()).filteredOn(s -> s.sql().startsWith("UPDATE")).singleElement()
                    .satisfies(s -> assertThat(s.parameters()).hasSize(2));
            assertThat(held.getEmail()).as("the object the session holds took the new value").isEqualTo("new2@example.com");
            session.expireAll();
            assertThat(session.scalars(select(User.class).orderBy(User_.id)).all())
                    .extracting(User::getEmail, User::getIsActive).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("new1@example.com", false),
                            org.assertj.core.groups.Tuple.tuple("new2@example.com", false),
                            org.assertj.core.groups.Tuple.tuple("user3@example.com", true));
            assertThatThrownBy(() -> session.execute(update(User.class), List.of(Map.of("email", "x@example.com"))))
                    .isInstanceOf(dev.athanor.exc.InvalidRequestError.class).hasMessageContaining("needs 'id'");
        }
    }

    @DatabaseTest
    void coreInsertOfManyValues(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        Engine engine = db.engine();
        // tag::core-insert-values[]
        engine.transaction(conn -> conn.execute(insert(User.class).values(List.of(
                Map.of("username", "user1", "email", "user1@example.com"),
                Map.of("username", "user2", "email", "user2@example.com")))));
        // end::core-insert-values[]
        try (Session session = sessions.open()) {
            assertThat(session.<Long>scalar(select(func.count(User_.id)))).isEqualTo(2L);
        }
    }

    @DatabaseTest
    void tenThousandUsersInOneTransaction(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        // tag::ten-thousand[]
        try (Session session = sessions.open()) {
            session.transaction(s -> s.execute(insert(User.class), IntStream.range(0, 10_000)
                    .mapToObj(i -> Map.of("username", "user-" + i, "email", "user" + i + "@example.com"))
                    .toList()));
        }
        print(String.format("inserted %,d users", 10_000));
        // end::ten-thousand[]
        assertThat(printed).containsExactly("inserted 10,000 users");
        try (Session session = sessions.open()) {
            assertThat(session.<Long>scalar(select(func.count(User_.id)))).isEqualTo(10_000L);
        }
    }

    @DatabaseTest
    void streamingAHugeResultRowByRowAndObjectByObject(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        addUsers(sessions, 1_500);
        Engine engine = db.engine();
        List<String> seen = new ArrayList<>();
        // tag::stream-core[]
        try (Connection conn = engine.connect().executionOptions(ExecutionOptions.streaming())) {
            for (Row row : conn.execute(select(User_.id, User_.username)).yieldPer(1000)) {
                seen.add(row.get(1, String.class));             // one row at a time from a server-side cursor
            }
        }
        // end::stream-core[]
        // tag::stream-orm[]
        try (Session s = sessions.open(); StreamedResult<User> users = s.stream(select(User.class), 500)) {
            for (User user : users) {
                seen.add(user.getUsername());
            }
        }
        // end::stream-orm[]
        assertThat(seen).hasSize(3_000).contains("user-1", "user-1500");
        long[] letters = {0};
        // tag::for-each-row[]
        try (Connection conn = engine.connect().executionOptions(ExecutionOptions.streaming())) {
            Result result = conn.execute(select(User_.username)).yieldPer(1000);
            while (result.forEachRow(1000, row -> letters[0] += ((String) row.get(0)).length()) > 0) {
                // each Row is read during the call and not kept: the cursor reads every row into the same one
            }
        }
        // end::for-each-row[]
        assertThat(letters[0]).isEqualTo(seen.stream().limit(1_500).mapToLong(String::length).sum());
    }

    @DatabaseTest
    void yieldPerAndPartitionsKeepMemoryFlat(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        addUsers(sessions, 250);
        List<Integer> batches = new ArrayList<>();
        // tag::partitions[]
        try (Session session = sessions.open();
             StreamedResult<User> result = session.stream(select(User.class), 100)) {
            for (List<User> partition : result.partitions()) {
                batches.add(partition.size());                  // process_batch(partition)
            }
        }
        // end::partitions[]
        assertThat(batches).containsExactly(100, 100, 50);
    }

    @DatabaseTest
    void existsInsteadOfCount(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        try (Session session = sessions.open()) {
            session.add(new User("alice", "alice@example.com"));
            session.commit();
            // tag::exists[]
            // slow: counts every matching row
            long count = session.scalar(select(func.count(User_.id))
                    .where(User_.username.eq("alice")));
            // fast: stops at the first
            boolean found = session.scalar(select(exists(select(User_.id).where(User_.username.eq("alice")))));
            // end::exists[]
            assertThat(count).isEqualTo(1L);
            assertThat(found).isTrue();
        }
    }

    @DatabaseTest
    void eagerLoadingNeedsTwoStatementsWhereLazyLoadingNeedsOnePerUser(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        try (Session session = sessions.open()) {
            for (int i = 1; i <= 5; i++) {
                User user = new User("user" + i, "user" + i + "@example.com");
                new Post("Post " + i, "Text", user);
                session.add(user);
            }
            session.commit();
        }
        // tag::lazy-vs-eager[]
        try (Session session = sessions.open()) {
            for (User user : session.scalars(select(User.class))) {
                user.getPosts().size();                          // one SELECT per user
            }
            print("Lazy: " + session.stats().statements() + " statements");
        }
        try (Session session = sessions.open()) {
            for (User user : session.scalars(select(User.class).options(selectinLoad(User_.posts)))) {
                user.getPosts().size();
            }
            print("Eager: " + session.stats().statements() + " statements");
        }
        // end::lazy-vs-eager[]
        assertThat(printed).containsExactly("Lazy: 6 statements", "Eager: 2 statements");
    }
}
