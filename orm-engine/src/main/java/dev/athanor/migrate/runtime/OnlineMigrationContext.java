package dev.athanor.migrate.runtime;

import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.sql.Executable;

/**
 * Runs operations on a live {@link Connection}, inside the transaction the runner manages
 * (Alembic's online mode).
 */
public final class OnlineMigrationContext extends RunningContext {
    private final Connection connection;

    /** A context running its statements on {@code connection}. */
    public OnlineMigrationContext(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Dialect dialect() {
        return connection.dialect();
    }

    @Override
    public boolean isOffline() {
        return false;
    }

    @Override
    boolean autocommit() {
        return connection.engine().isAutocommit();
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void execute(String sql) {
        connection.executeRaw(sql);
    }

    @Override
    public void execute(Executable statement) {
        connection.execute(statement);
    }

    /** Commits what ran so far, then runs {@code work} with every statement committing by itself. */
    @Override
    public void autocommitBlock(Runnable work) {
        connection.autocommit(work);
    }

    @Override
    void begin() {
        // a Connection begins its transaction with the first statement
    }

    @Override
    void commit() {
        connection.commit();
    }

    @Override
    void rollback() {
        connection.rollback();
    }
}
