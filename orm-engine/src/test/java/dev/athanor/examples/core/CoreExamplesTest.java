package dev.athanor.examples.core;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.or;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.Row;
import dev.athanor.examples.Printed;
import dev.athanor.examples.models.Author;
import dev.athanor.examples.models.Author_;
import dev.athanor.examples.models.Blog;
import dev.athanor.examples.models.Library;
import dev.athanor.examples.models.User;
import dev.athanor.examples.models.User_;
import dev.athanor.engine.Result;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.sql.Insert;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' Core examples: tables, SQL built from them, and text SQL. */
class CoreExamplesTest {
    @RegisterExtension
    final Printed out = new Printed();
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    @DatabaseTest
    void coreTablesInsertAndSelect(TestDb db) {
        Engine engine = db.engine();
        // tag::core-table[]
        MetaData metadata = new MetaData();
        Table users = metadata.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(50)),
                Column.of("email", string(120)).unique());
        metadata.createAll(engine);

        engine.transactionWithoutResult(conn -> {          // commits when the lambda returns
            conn.execute(insert(users), List.of(
                    Map.of("name", "Alice", "email", "alice@example.com"),
                    Map.of("name", "Bob", "email", "bob@example.com")));
            for (Row row : conn.execute(select(users).where(users.c("name").startsWith("A")))) {
                System.out.println(row.get("name") + " " + row.get("email"));
            }
        });
        // end::core-table[]
        try {
            assertThat(out.lines()).containsExactly("Alice alice@example.com");
        } finally {
            metadata.dropAll(engine);
        }
    }

    @DatabaseTest
    void joiningCoreTables(TestDb db) {
        SessionFactory sessions = tables.create(db, Library.registry());
        try (Session s = sessions.open()) {
            Author alice = new Author("Alice Smith");
            s.addAll(List.of(alice, new Author("Carol White")));
            s.commit();
            s.execute(text("INSERT INTO books (title, author_id, pages) VALUES ('Long Book', :id, 500)"),
                    Map.of("id", alice.getId()));
            s.commit();
        }
        MetaData metadata = tables.registry().metadata();
        // tag::core-join[]
        Table authors = metadata.table("authors");
        Table books = metadata.table("books");
        try (Connection conn = db.engine().connect()) {
            List<Row> rows = conn.execute(select(authors.c("name"), books.c("title"))
                    .selectFrom(authors.outerJoin(books))
                    .where(or(books.c("pages").gt(400), books.c("id").isNull()))
                    .orderBy(authors.c("name"))).all();
            rows.forEach(System.out::println);
        }
        // end::core-join[]
        assertThat(out.lines()).containsExactly("('Alice Smith', 'Long Book')", "('Carol White', None)");
    }

    @DatabaseTest
    void textSqlThroughASession(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            session.addAll(List.of(new User("alice", "alice@example.com"), new User("bob", "bob@example.com")));
            session.commit();
        }
        // tag::text-sql[]
        try (Session session = sessions.open()) {
            Result result = session.execute(text("SELECT username, email FROM users WHERE username = :username"),
                    Map.of("username", "alice"));
            for (Row row : result) {
                System.out.println(row);
            }

            long count = session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE));
            Number sameCount = session.execute(text("SELECT COUNT(*) FROM users")).scalar();  // text: untyped
            System.out.println("Total users: " + count + " = " + sameCount);

            List<Row> active = session.execute(text("SELECT username FROM users WHERE is_active = :active")
                    .bindparam("active", true)).all();
            System.out.println("Active: " + active.size());

            session.execute(text("INSERT INTO users (username, email) VALUES (:username, :email)"), List.of(
                    Map.of("username", "user1", "email", "user1@example.com"),
                    Map.of("username", "user2", "email", "user2@example.com")));   // one JDBC batch
            session.commit();

            List<Row> postCounts = session.execute(text("""
                    WITH active_users AS (
                        SELECT id, username FROM users WHERE is_active = :active
                    )
                    SELECT au.username, COUNT(p.id) AS post_count
                    FROM active_users au
                    LEFT JOIN posts p ON au.id = p.user_id
                    GROUP BY au.username
                    ORDER BY au.username
                    """), Map.of("active", true)).all();
            postCounts.forEach(System.out::println);
        }
        // end::text-sql[]
        assertThat(out.lines()).containsExactly("('alice', 'alice@example.com')", "Total users: 2 = 2", "Active: 2",
                "('alice', 0)", "('bob', 0)", "('user1', 0)", "('user2', 0)");
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void postgresFullTextSearch(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            User user = new User("alice", "alice@example.com");
            user.setProfile(new dev.athanor.examples.models.UserProfile("A Python developer", null));
            session.add(user);
            session.commit();
            // tag::postgres-text[]
            List<Row> ranked = session.execute(text("""
                    SELECT u.username, ts_rank(to_tsvector('english', p.bio), query) AS rank
                    FROM user_profiles p JOIN users u ON u.id = p.user_id, to_tsquery('english', :search) query
                    WHERE to_tsvector('english', p.bio) @@ query
                    ORDER BY rank DESC
                    """), Map.of("search", "python & developer")).all();
            // end::postgres-text[]
            assertThat(ranked).extracting(row -> row.get("username")).containsExactly("alice");
        }
    }

    @DatabaseTest
    void boundParametersNotConcatenation(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        String username = "alice' OR '1'='1";
        try (Session session = sessions.open()) {
            session.add(new User("alice", "alice@example.com"));
            session.commit();
            // tag::bound-parameters[]
            TypedSelect<User> safe = select(User.class).where(User_.username.eq(username));   // a bound parameter
            Result alsoSafe = session.execute(text("SELECT * FROM users WHERE username = :username"),
                    Map.of("username", username));
            // never: text("SELECT * FROM users WHERE username = '" + username + "'")
            // end::bound-parameters[]
            assertThat(session.scalars(safe).all()).isEmpty();
            assertThat(alsoSafe.all()).isEmpty();
        }
    }

    @DatabaseTest
    @Requires(Capability.ON_CONFLICT)
    void upsertOnConflict(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            session.add(new User("alice", "alice@example.com"));
            session.commit();
            // tag::upsert[]
            Insert stmt = insert(User.class).values(Map.of("username", "alice", "email", "alice@example.com",
                    "age", 30));
            stmt = stmt.onConflictDoUpdate(List.of(User_.email), Map.of(
                    User_.username, stmt.excluded(User_.username),
                    User_.age, stmt.excluded(User_.age)));
            session.execute(stmt);
            session.commit();
            // end::upsert[]
            assertThat(session.<Integer>scalar(select(User_.age).where(User_.email.eq("alice@example.com"))))
                    .isEqualTo(30);
            assertThat(session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE))).isEqualTo(1L);
        }
    }
}
