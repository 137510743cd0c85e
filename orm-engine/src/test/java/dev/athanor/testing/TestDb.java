package dev.athanor.testing;

import dev.athanor.Athanor;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;

/**
 * What a {@link DatabaseTest} receives: the database, its shared engine, and helpers to create
 * private engines, drop tables and record the SQL sent.
 */
public record TestDb(TestDatabase database, Engine engine) {

    /** The dialect of the database. */
    public Dialect dialect() {
        return engine.dialect();
    }

    /** A new engine of its own on the same database (dispose it), for pool and failure tests. */
    public Engine newEngine(EngineOptions options) {
        return Athanor.createEngine(database.url(), options);
    }

    /** A recorder of every statement this database's engine sends until it is closed. */
    public SqlRecorder record() {
        return SqlRecorder.on(engine);
    }

    /** Drops tables if they exist, in the order given, committing. */
    public void dropTables(String... tables) {
        try (Connection connection = engine.connect()) {
            for (String table : tables) {
                connection.executeRaw("DROP TABLE IF EXISTS " + dialect().preparer().quote(table));
            }
            connection.commit();
        }
    }

    @Override
    public String toString() {
        return database.displayName();
    }
}
