package dev.athanor.orm;

import dev.athanor.orm.enhanced.EnhancedModels;
import dev.athanor.orm.enhanced.Writer;
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

    @Override
    public void close() {
        registry.metadata().dropAll(db.engine());
    }
}
