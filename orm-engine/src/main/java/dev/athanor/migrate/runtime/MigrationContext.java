package dev.athanor.migrate.runtime;

import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.sql.Executable;

/**
 * Where the operations of a migration run, as Alembic's {@code MigrationContext}: a live
 * connection (online), or an SQL script being written (offline, {@code upgrade --sql}).
 * Operations never branch on which: they render their SQL through {@link #dialect()} and hand
 * it to {@link #execute(String)}.
 */
public interface MigrationContext {
    /** The dialect every operation renders for. */
    Dialect dialect();

    /** Whether SQL is being written to a script instead of executed. */
    boolean isOffline();

    /**
     * The live connection, for data migrations and reflection ({@code op.getBind()}).
     *
     * @throws dev.athanor.exc.InvalidRequestError in offline mode, naming the operation's alternative
     */
    Connection connection();

    /** Executes one SQL statement, or writes it to the offline script. */
    void execute(String sql);

    /** Executes a Core statement, or writes it with its values rendered as literals offline. */
    void execute(Executable statement);

    /**
     * Runs {@code work} outside the migration's transaction (Alembic's {@code autocommit_block}),
     * for statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     */
    void autocommitBlock(Runnable work);

    /**
     * Told by {@link dev.athanor.migrate.operation.Operations} before each operation runs, so a
     * failure can name the operation as well as its SQL ({@code addColumn(users.phone)}).
     */
    default void operationStarted(String description) {
    }
}
