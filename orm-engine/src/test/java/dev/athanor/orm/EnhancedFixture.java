package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;

import dev.athanor.orm.enhanced.EnhancedModels;
import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.orm.enhanced.Writer_;
import dev.athanor.testing.TestDb;

/** Tables of the enhanced model, created fresh on one test database, and a session factory for them. */
final class EnhancedFixture implements AutoCloseable {
    final Registry registry = EnhancedModels.registry();
    final SessionFactory sessions;
    private final TestDb db;

    EnhancedFixture(TestDb db) {
        this.db = db;
        registry.metadata().dropAll(db.engine());
        registry.metadata().createAll(db.engine());
        sessions = SessionFactory.builder(db.engine(), registry).build();
    }

    /** Writers with these names and nothing else. */
    void seedWriters(String... names) {
        try (Session s = sessions.open()) {
            for (String name : names) {
                s.add(new Writer(name));
            }
            s.commit();
        }
    }

    /** A novel added to the writer's collection (so its writer_id comes from the relationship). */
    void seedNovel(String writer, String title) {
        try (Session s = sessions.open()) {
            writer(s, writer).getNovels().add(new Novel(title));
            s.commit();
        }
    }

    /** The writer with this name. */
    static Writer writer(Session s, String name) {
        return s.<Writer>scalars(select(Writer.class).where(Writer_.name.eq(name))).one();
    }

    @Override
    public void close() {
        registry.metadata().dropAll(db.engine());
    }
}
