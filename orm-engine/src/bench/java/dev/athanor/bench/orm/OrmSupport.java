package dev.athanor.bench.orm;

import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;

/**
 * Builds the Athanor {@link SessionFactory} for the benchmark entities with the library's
 * defaults, as an application would; the schema is the harness's, never created from the registry.
 */
public final class OrmSupport {
    private OrmSupport() {
    }

    /** A session factory over {@code engine} (which borrows from the shared pool). */
    public static SessionFactory sessionFactory(Engine engine) {
        return SessionFactory.builder(engine, Registry.of(OrmCustomer.class, OrmParent.class, OrmChild.class)).build();
    }

    /** The settings, for the report. */
    public static String describe() {
        return "SessionFactory.builder(engine, Registry.of(OrmCustomer.class, OrmParent.class, OrmChild.class)).build():"
                + " library defaults (autoflush, expire on commit)";
    }
}
