package dev.athanor.testing;

import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tables of a test's mapped classes: created fresh (dropping leftovers) when the test asks,
 * dropped after it. Register it with {@code @RegisterExtension final MappedTables tables = new MappedTables();}.
 */
public final class MappedTables implements AfterEachCallback {
    private Registry registry;
    private Engine engine;

    /** Creates the registry's tables on the test database and returns a session factory for them. */
    public SessionFactory create(TestDb db, Registry mapped) {
        this.registry = mapped;
        this.engine = db.engine();
        mapped.metadata().dropAll(engine);
        mapped.metadata().createAll(engine);
        return SessionFactory.builder(engine, mapped).build();
    }

    /** Maps the classes and creates their tables. */
    public SessionFactory create(TestDb db, Class<?>... classes) {
        return create(db, Registry.of(classes));
    }

    /** The registry of the current test. */
    public Registry registry() {
        return registry;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (registry != null) {
            registry.metadata().dropAll(engine);
            registry = null;
        }
    }
}
