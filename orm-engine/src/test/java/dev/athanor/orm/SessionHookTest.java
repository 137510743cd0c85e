package dev.athanor.orm;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelAuthor_;
import dev.athanor.orm.model.RelBook;
import dev.athanor.orm.model.RelModels;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The session listener hooks integrations use: afterOpen/afterClose and lazy SELECT loads. */
class SessionHookTest {
    private Registry registry;
    private TestDb db;
    private final List<String> events = new ArrayList<>();

    private SessionFactory setUp(TestDb testDb) {
        db = testDb;
        registry = RelModels.registry();
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        SessionFactory sessions = SessionFactory.builder(testDb.engine(), registry).nPlusOne(NPlusOneMode.OFF, 10).build();
        try (Session s = sessions.open()) {
            for (int i = 0; i < 3; i++) {
                RelAuthor author = new RelAuthor("author " + i);
                author.getBooks().add(new RelBook("book " + i));
                s.add(author);
            }
            s.commit();
        }
        return sessions;
    }

    private void listen(SessionFactory sessions) {
        sessions.addListener(new SessionListener() {
            @Override
            public void afterOpen(Session session) {
                events.add("open");
            }

            @Override
            public void afterClose(Session session) {
                events.add("close");
            }

            @Override
            public void lazyLoad(Session session, RelationshipProperty relationship, Object owner) {
                events.add("lazy " + relationship.qualifiedName() + " " + ((RelAuthor) owner).getName());
            }
        });
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    @DatabaseTest
    void openAndCloseFireOnceEachAndClosingTwiceFiresNothingMore(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        listen(sessions);
        Session s = sessions.open();
        assertThat(events).containsExactly("open");
        s.close();
        s.close();
        assertThat(events).containsExactly("open", "close");
    }

    @DatabaseTest
    void aLazySelectLoadFiresWithItsRelationshipAndOwner(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        listen(sessions);
        try (Session s = sessions.open()) {
            List<RelAuthor> authors = s.<RelAuthor>scalars(select(RelAuthor.class).orderBy(RelAuthor_.name)).all();
            authors.forEach(a -> a.getBooks().size());
            authors.forEach(a -> a.getBooks().size()); // loaded already: no second event
        }
        assertThat(events).containsExactly("open", "lazy RelAuthor.books author 0", "lazy RelAuthor.books author 1",
                "lazy RelAuthor.books author 2", "close");
    }

    @DatabaseTest
    void eagerLoadsFireNoLazyLoadEvent(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        listen(sessions);
        try (Session s = sessions.open()) {
            List<RelAuthor> authors = s.<RelAuthor>scalars(select(RelAuthor.class).options(selectinLoad(RelAuthor_.books))).all();
            authors.forEach(a -> a.getBooks().size());
            assertThat(s.stats().lazyLoads()).isEmpty();
        }
        assertThat(events).containsExactly("open", "close");
    }
}
