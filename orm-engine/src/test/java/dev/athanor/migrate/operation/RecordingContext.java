package dev.athanor.migrate.operation;

import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.runtime.MigrationContext;
import dev.athanor.sql.Executable;
import java.util.ArrayList;
import java.util.List;

/** A test-only offline context: records the SQL each operation renders, values as literals. */
final class RecordingContext implements MigrationContext {
    private final Dialect dialect;
    private final List<String> statements = new ArrayList<>();

    RecordingContext(Dialect dialect) {
        this.dialect = dialect;
    }

    List<String> statements() {
        return statements;
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
        throw new InvalidRequestError("offline: no connection");
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
    }

    @Override
    public void execute(Executable statement) {
        statements.add(dialect.compileWithLiterals(statement));
    }

    @Override
    public void autocommitBlock(Runnable work) {
        work.run();
    }
}
