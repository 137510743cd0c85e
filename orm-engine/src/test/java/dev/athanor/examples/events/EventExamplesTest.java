package dev.athanor.examples.events;

import static dev.athanor.sql.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.examples.blog.AuditLog;
import dev.athanor.examples.blog.AuditLog_;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.User;
import dev.athanor.examples.blog.User_;
import dev.athanor.orm.Mapper;
import dev.athanor.orm.MapperListener;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import dev.athanor.pool.PoolListener;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documents' event examples: mapper, session, pool and execution events, an audit log written
 * from mapper events and an {@code updated_at} stamp set before each flush. {@code print} stands
 * for {@code System.out.println} and records what the Python examples print.
 */
class EventExamplesTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private final List<String> printed = new ArrayList<>();

    private void print(String line) {
        printed.add(line);
    }

    @DatabaseTest
    void mapperEventsRunAroundEachRowAFlushWrites(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        Registry registry = sessions.registry();
        // tag::mapper-events[]
        registry.mapper(User.class).addListener(new MapperListener<User>() {
            @Override
            public void beforeInsert(Mapper<?> mapper, Connection connection, User user) {
                print("About to insert: " + user.getUsername());
                user.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
            }

            @Override
            public void afterInsert(Mapper<?> mapper, Connection connection, User user) {
                print("Inserted user with ID: " + user.getId());
            }

            @Override
            public void beforeUpdate(Mapper<?> mapper, Connection connection, User user) {
                user.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
            }

            @Override
            public void afterUpdate(Mapper<?> mapper, Connection connection, User user) {
                print("Updated user: " + user.getUsername());
            }

            @Override
            public void beforeDelete(Mapper<?> mapper, Connection connection, User user) {
                print("About to delete: " + user.getUsername());
            }

            @Override
            public void afterDelete(Mapper<?> mapper, Connection connection, User user) {
                print("Deleted user: " + user.getUsername());
            }
        });
        // end::mapper-events[]
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            session.add(alice);
            session.commit();
            alice.setEmail("alice@example.org");
            session.commit();
            session.delete(alice);
            session.commit();
            assertThat(alice.getCreatedAt()).isNotNull();
            assertThat(alice.getUpdatedAt()).isNotNull();
        }
        assertThat(printed).containsExactly("About to insert: alice", "Inserted user with ID: 1",
                "Updated user: alice", "About to delete: alice", "Deleted user: alice");
    }

    @DatabaseTest
    void sessionEventsRunAroundCommitAndRollback(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        // tag::session-events[]
        sessions.addListener(new SessionListener() {
            @Override
            public void beforeCommit(Session session) {
                print("About to commit transaction");
            }

            @Override
            public void afterCommit(Session session) {
                print("Transaction committed");
            }

            @Override
            public void afterRollback(Session session) {
                print("Transaction rolled back");
            }
        });
        // end::session-events[]
        try (Session session = sessions.open()) {
            session.add(new User("alice", "alice@example.com"));
            session.commit();
            session.add(new User("bob", "bob@example.com"));
            session.rollback();
        }
        assertThat(printed).containsExactly("About to commit transaction", "Transaction committed",
                "Transaction rolled back");
    }

    @DatabaseTest
    void poolEventsTellConnectCheckoutAndCheckin(TestDb db) {
        try (Engine engine = db.newEngine(EngineOptions.builder().poolSize(1).build())) {
            // tag::pool-events[]
            engine.addPoolListener(new PoolListener() {
                @Override
                public void connect(java.sql.Connection connection) {
                    print("New connection established");
                }

                @Override
                public void checkout(java.sql.Connection connection) {
                    print("Connection checked out");
                }

                @Override
                public void checkin(java.sql.Connection connection) {
                    print("Connection returned to pool");
                }
            });
            // end::pool-events[]
            printed.clear(); // HikariCP may have opened its first connection before the listener was added
            try (Connection connection = engine.connect()) {
                connection.executeRaw("SELECT 1");
            }
        }
        // HikariCP opens connections on its own thread at any time, so only the order of ours is fixed
        assertThat(printed).containsSubsequence("Connection checked out", "Connection returned to pool")
                .containsOnly("New connection established", "Connection checked out", "Connection returned to pool");
    }

    @DatabaseTest
    void aBulkInsertIsSeenByAnExecutionListenerAsOneBatch(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        Engine engine = db.engine();
        // tag::bulk-insert-event[]
        var registration = engine.addExecutionListener(new ExecutionListener() {
            @Override
            public void beforeExecute(ExecutionContext context) {
                if (context.executemany() && context.sql().startsWith("INSERT INTO users")) {
                    print("Bulk insert into users: " + context.parameterSetCount() + " rows");
                }
            }
        });
        // end::bulk-insert-event[]
        try (registration; Session session = sessions.open()) {
            session.execute(insert(User.class), List.of(Map.of("username", "u1", "email", "u1@example.com"),
                    Map.of("username", "u2", "email", "u2@example.com")));
            session.commit();
        }
        assertThat(printed).containsExactly("Bulk insert into users: 2 rows");
    }

    @DatabaseTest
    void anAuditLogRowIsWrittenForEachChangeInTheSameTransaction(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class, AuditLog.class);
        Registry registry = sessions.registry();
        // tag::audit-log[]
        class LogChanges implements MapperListener<User> {
            private void log(Connection connection, String action, User user) {
                connection.execute(insert(AuditLog.class)
                        .values(AuditLog_.tableName, "users")
                        .values(AuditLog_.action, action)
                        .values(AuditLog_.recordId, user.getId())
                        .values(AuditLog_.timestamp, LocalDateTime.now(ZoneOffset.UTC)));
            }

            @Override
            public void afterInsert(Mapper<?> mapper, Connection connection, User user) {
                log(connection, "INSERT", user);
            }

            @Override
            public void afterUpdate(Mapper<?> mapper, Connection connection, User user) {
                log(connection, "UPDATE", user);
            }

            @Override
            public void afterDelete(Mapper<?> mapper, Connection connection, User user) {
                log(connection, "DELETE", user);
            }
        }
        registry.mapper(User.class).addListener(new LogChanges());
        // end::audit-log[]
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            session.add(alice);
            session.commit();
            alice.setEmail("alice@example.org");
            session.commit();
            session.delete(alice);
            session.commit();
            List<AuditLog> log = session.scalars(dev.athanor.sql.Sql.select(AuditLog.class)
                    .orderBy(AuditLog_.id)).all();
            assertThat(log).extracting(AuditLog::getAction).containsExactly("INSERT", "UPDATE", "DELETE");
            assertThat(log).extracting(AuditLog::getRecordId).containsOnly(1);
        }
    }

    @DatabaseTest
    void beforeFlushStampsEveryChangedObject(TestDb db) {
        SessionFactory sessions = tables.create(db, User.class, Post.class);
        // tag::before-flush[]
        sessions.addListener(new SessionListener() {
            @Override
            public void beforeFlush(Session session) {
                for (Object changed : session.dirty()) {
                    if (changed instanceof User user) {
                        user.setUpdatedAt(LocalDateTime.now(ZoneOffset.UTC));
                    }
                }
            }
        });
        // end::before-flush[]
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            session.add(alice);
            session.commit();
            assertThat(alice.getUpdatedAt()).as("a new object is not dirty").isNull();
            alice.setUsername("alicia");
            session.commit();
            session.expireAll();
            assertThat(session.get(User.class, alice.getId()).getUpdatedAt()).isNotNull();
            assertThat(session.scalars(dev.athanor.sql.Sql.select(User.class)
                    .where(User_.updatedAt.isNotNull())).all()).hasSize(1);
        }
    }
}
