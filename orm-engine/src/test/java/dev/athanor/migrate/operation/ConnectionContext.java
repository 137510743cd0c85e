package dev.athanor.migrate.operation;

import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.migrate.runtime.MigrationContext;
import dev.athanor.sql.Executable;

/** A test-only online context: every statement runs on one connection, inside its transaction. */
record ConnectionContext(Connection connection) implements MigrationContext {

    @Override
    public Dialect dialect() {
        return connection.dialect();
    }

    @Override
    public boolean isOffline() {
        return false;
    }

    @Override
    public void execute(String sql) {
        connection.executeRaw(sql);
    }

    @Override
    public void execute(Executable statement) {
        connection.execute(statement);
    }

    @Override
    public void autocommitBlock(Runnable work) {
        connection.commit();
        work.run();
        connection.commit();
    }
}
