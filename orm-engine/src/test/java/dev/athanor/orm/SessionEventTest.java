package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.orm.model.Article;
import dev.athanor.orm.model.AuditEntry;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mapper events around each row a flush writes, and session events around flush and commit. */
class SessionEventTest {
    private static final LocalDateTime STAMP = LocalDateTime.of(2024, 5, 6, 7, 8, 9);

    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory setUp(TestDb testDb) {
        return tables.create(testDb, Registry.of(Article.class, AuditEntry.class));
    }

    private List<AuditEntry> auditEntries(SessionFactory sessions) {
        try (Session s = sessions.open()) {
            return s.<AuditEntry>scalars(select(EntityTable.of(AuditEntry.class))).all();
        }
    }

    @DatabaseTest
    void anUpdatedAtStampSetInBeforeUpdateIsWrittenWithTheChange(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        tables.registry().mapper(Article.class).addListener(new MapperListener<Article>() {
            @Override
            public void beforeUpdate(Mapper<?> mapper, Connection connection, Article article) {
                article.setUpdatedAt(STAMP);
            }
        });
        long id;
        try (Session s = sessions.open()) {
            Article article = new Article("Draft");
            s.add(article);
            s.commit();
            id = article.getId();
            assertThat(article.getUpdatedAt()).isNull(); // an INSERT is not an update
        }
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            s.get(Article.class, id).setTitle("Final");
            recorder.clear();
            s.commit();
            assertThat(recorder.sql()).containsExactly("UPDATE article SET title = ?, updated_at = ? WHERE article.id = ?");
        }
        try (Session s = sessions.open()) {
            Article article = s.get(Article.class, id);
            assertThat(article.getTitle()).isEqualTo("Final");
            assertThat(article.getUpdatedAt()).isEqualTo(STAMP);
        }
    }

    @DatabaseTest
    void anAuditRowWrittenFromAfterInsertCommitsWithTheObjectAndSeesItsKey(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        tables.registry().mapper(Article.class).addListener(new MapperListener<Article>() {
            @Override
            public void afterInsert(Mapper<?> mapper, Connection connection, Article article) {
                connection.execute(Sql.text("INSERT INTO audit_entry (action, article_id) VALUES ('insert', :id)"),
                        Map.of("id", article.getId()));
            }
        });
        long id;
        try (Session s = sessions.open()) {
            Article article = new Article("Audited");
            s.add(article);
            s.commit();
            id = article.getId();
        }
        assertThat(auditEntries(sessions)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("insert");
            assertThat(entry.getArticleId()).isEqualTo(id);
        });
    }

    @DatabaseTest
    void anAuditRowWrittenFromAfterInsertIsRolledBackWithTheObject(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        tables.registry().mapper(Article.class).addListener(new MapperListener<Article>() {
            @Override
            public void afterInsert(Mapper<?> mapper, Connection connection, Article article) {
                connection.execute(Sql.text("INSERT INTO audit_entry (action, article_id) VALUES ('insert', :id)"),
                        Map.of("id", article.getId()));
            }
        });
        try (Session s = sessions.open()) {
            s.add(new Article("Abandoned"));
            s.flush();
            s.rollback();
        }
        assertThat(auditEntries(sessions)).isEmpty();
    }

    @DatabaseTest
    void sessionEventsFireInOrderAndBeforeFlushSeesWhatIsPending(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        List<String> events = new ArrayList<>();
        sessions.addListener(new SessionListener() {
            @Override
            public void beforeFlush(Session session) {
                events.add("beforeFlush new=" + session.newObjects().size() + " dirty=" + session.dirty().size());
            }

            @Override
            public void afterFlush(Session session) {
                events.add("afterFlush");
            }

            @Override
            public void beforeCommit(Session session) {
                events.add("beforeCommit");
            }

            @Override
            public void afterCommit(Session session) {
                events.add("afterCommit");
            }

            @Override
            public void afterRollback(Session session) {
                events.add("afterRollback");
            }
        });
        try (Session s = sessions.open()) {
            Article article = new Article("First");
            s.add(article);
            s.commit();
            article.setTitle("Second");
            s.flush();
            s.rollback();
        }
        assertThat(events).containsExactly(
                "beforeFlush new=1 dirty=0", "afterFlush", "beforeCommit", "afterCommit",
                "beforeFlush new=0 dirty=1", "afterFlush", "afterRollback");
    }

    @DatabaseTest
    void anObjectAddedInBeforeFlushIsPartOfThatFlush(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        sessions.addListener(new SessionListener() {
            @Override
            public void beforeFlush(Session session) {
                session.newObjects().stream().filter(Article.class::isInstance)
                        .forEach(article -> session.add(new AuditEntry("new", null)));
            }
        });
        try (Session s = sessions.open()) {
            s.add(new Article("Watched"));
            s.flush();
            assertThat(s.newObjects()).isEmpty();
            s.commit();
        }
        assertThat(auditEntries(sessions)).extracting(AuditEntry::getAction).containsExactly("new");
    }

    @DatabaseTest
    void callingFlushFromAFlushEventIsRefused(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        sessions.addListener(new SessionListener() {
            @Override
            public void afterFlush(Session session) {
                session.flush();
            }
        });
        try (Session s = sessions.open()) {
            s.add(new Article("Loop"));
            assertThatThrownBy(s::flush).hasMessageContaining("do not call flush() from a flush event");
            s.rollback();
        }
    }
}
