package dev.athanor.migrate.runtime;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.Executable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes operations as an SQL script instead of running them (Alembic's {@code --sql} mode): each
 * statement ends with the dialect's script terminator, Core statements are rendered with their
 * values inline, and transactions appear as {@code BEGIN} / {@code COMMIT} where the database's
 * DDL is transactional.
 */
public final class OfflineMigrationContext extends RunningContext {
    private final Dialect dialect;
    private final Writer output;
    private boolean inTransaction;

    /** A context writing SQL for {@code dialect} to {@code output}. */
    public OfflineMigrationContext(Dialect dialect, Writer output) {
        this.dialect = dialect;
        this.output = output;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public boolean isOffline() {
        return true;
    }

    @Override
    public Connection connection() {
        throw new InvalidRequestError("There is no database connection in offline mode (SQL script output);"
                + " express the data migration as op.context().execute(statement) with a Core statement or"
                + " text(), whose SQL can be written to the script");
    }

    @Override
    public void execute(String sql) {
        write(sql + dialect.scriptStatementTerminator() + "\n\n");
    }

    @Override
    public void execute(Executable statement) {
        execute(dialect.compileWithLiterals(statement));
    }

    /** Closes the script's transaction around {@code work} and opens a new one after it. */
    @Override
    public void autocommitBlock(Runnable work) {
        boolean reopen = inTransaction;
        if (reopen) {
            commit();
        }
        work.run();
        if (reopen) {
            begin();
        }
    }

    /** Writes a {@code -- comment} line, as Alembic marks each migration in a script. */
    void comment(String text) {
        write("-- " + text + "\n\n");
    }

    @Override
    void begin() {
        if (dialect.supports(Capability.TRANSACTIONAL_DDL)) {
            execute(dialect.scriptBeginTransaction());
            inTransaction = true;
        }
    }

    @Override
    void commit() {
        if (inTransaction) {
            execute("COMMIT");
            inTransaction = false;
        }
    }

    @Override
    void rollback() {
        inTransaction = false;
    }

    private void write(String text) {
        try {
            output.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the migration script: " + e.getMessage(), e);
        }
    }
}
