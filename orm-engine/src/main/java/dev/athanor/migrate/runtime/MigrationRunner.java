package dev.athanor.migrate.runtime;

import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.exc.DBAPIError;
import dev.athanor.migrate.Migration;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.migrate.script.MigrationStep;
import dev.athanor.migrate.script.RevisionMap;
import dev.athanor.migrate.script.RevisionResolver;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies migration steps and keeps the version table in step with them, as Alembic's
 * {@code MigrationContext.run_migrations}.
 *
 * <p>Transactions follow the database: where DDL is transactional ({@link
 * Capability#TRANSACTIONAL_DDL}: PostgreSQL, SQLite, SQL Server) a run is one transaction, or one
 * per migration when {@link MigrationOptions#transactionPerMigration()} says so, and a failure
 * leaves nothing of what it rolled back. Elsewhere (MySQL, MariaDB, Oracle, H2) each DDL statement
 * commits by itself, so the version row moves and commits after every migration: a failure
 * leaves the database at the last completed revision, and the error says so. An engine in
 * {@code AUTOCOMMIT} isolation is treated so on every database.
 *
 * <p>Online runs hold the dialect's session lock ({@link dev.athanor.dialect.Dialect#migrationLock})
 * from before the version table is read until the run ends, so two runners started together
 * apply each revision once: the second waits, then finds nothing to do.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.migrate");

    private final RevisionMap map;
    private final VersionTable versionTable;
    private final RunLock lock;
    private final boolean transactionPerMigration;

    /** A runner for the revisions of {@code map}. */
    public MigrationRunner(RevisionMap map, MigrationOptions options) {
        this.map = map;
        this.versionTable = new VersionTable(options.versionTable());
        this.lock = new RunLock(options.versionTable());
        this.transactionPerMigration = options.transactionPerMigration();
    }

    /** The heads recorded in the database; empty when it has no version table yet. */
    public Set<String> currentHeads(Connection connection) {
        return versionTable.heads(connection);
    }

    /**
     * Runs the steps {@code planner} chooses for the database's current heads, under the run lock,
     * creating the version table on first use.
     *
     * @throws MigrationError naming the revision and SQL that failed, and where the database was left
     */
    public MigrationRun run(Connection connection, Function<Set<String>, List<MigrationStep>> planner) {
        return lock.around(connection, () -> {
            OnlineMigrationContext context = new OnlineMigrationContext(connection);
            Set<String> before = prepare(connection, context, true);
            List<MigrationStep> steps = planner.apply(before);
            Set<String> after = runSteps(context, new VersionHeads(map, before), steps);
            return new MigrationRun(before, steps, after);
        });
    }

    /**
     * Sets the version table to the heads {@code stamper} returns for the current ones, running no
     * migration (Alembic's {@code stamp}); {@code purge} first empties the table, so even heads the
     * scripts do not know are replaced.
     */
    public MigrationRun stamp(Connection connection, Function<Set<String>, Set<String>> stamper, boolean purge) {
        return lock.around(connection, () -> {
            OnlineMigrationContext context = new OnlineMigrationContext(connection);
            Set<String> before = prepare(connection, context, !purge);
            Set<String> after = stamper.apply(before);
            if (purge) {
                versionTable.purge(context);
                versionTable.change(context, Set.of(), after);
            } else {
                versionTable.change(context, before, after);
            }
            connection.commit();
            return new MigrationRun(before, List.of(), after);
        });
    }

    /**
     * Writes the SQL of {@code steps} for {@code dialect} to {@code output}, starting from
     * {@code startHeads}: the version table is created when starting from base and dropped when a
     * downgrade reaches base, as Alembic's {@code --sql} mode does.
     */
    public void writeScript(Dialect dialect, Writer output, Set<String> startHeads, List<MigrationStep> steps) {
        new RevisionResolver(map).requireKnown(startHeads);
        runSteps(new OfflineMigrationContext(dialect, output), new VersionHeads(map, startHeads), steps);
    }

    private Set<String> prepare(Connection connection, OnlineMigrationContext context, boolean requireKnown) {
        if (!versionTable.exists(connection)) {
            versionTable.create(context);
            return Set.of();
        }
        Set<String> heads = versionTable.heads(connection);
        if (requireKnown) {
            new RevisionResolver(map).requireKnown(heads);
        }
        return heads;
    }

    private Set<String> runSteps(RunningContext context, VersionHeads heads, List<MigrationStep> steps) {
        boolean perMigration = transactionPerMigration || !transactionalDdl(context);
        Set<String> runStart = heads.heads();
        if (!perMigration) {
            context.begin();
        }
        for (MigrationStep step : steps) {
            if (perMigration) {
                context.begin();
            }
            long started = System.nanoTime();
            try {
                apply(context, heads, step);
            } catch (RuntimeException e) {
                rollbackQuietly(context, e);
                throw failure(step, context, e, perMigration ? heads.heads() : runStart, perMigration);
            }
            if (perMigration) {
                context.commit();
            }
            LOG.info("{} ({}) in {} ms", step, step.script().message(), (System.nanoTime() - started) / 1_000_000);
        }
        if (context instanceof OfflineMigrationContext offline && heads.heads().isEmpty() && !steps.isEmpty()
                && !steps.get(steps.size() - 1).upgrade()) {
            versionTable.drop(offline);
        }
        if (!perMigration) {
            context.commit();
        }
        return heads.heads();
    }

    /**
     * Whether a failed run or migration can be rolled back whole: the database's DDL is
     * transactional and the engine is not in {@code AUTOCOMMIT} isolation.
     */
    private static boolean transactionalDdl(RunningContext context) {
        return context.dialect().supports(Capability.TRANSACTIONAL_DDL) && !context.autocommit();
    }

    private void apply(RunningContext context, VersionHeads heads, MigrationStep step) {
        if (context instanceof OfflineMigrationContext offline) {
            if (step.upgrade() && heads.heads().isEmpty()) {
                versionTable.create(offline);
            }
            offline.comment("Running " + step);
        }
        Migration migration = step.script().newMigration();
        context.operationStarted(null); // a failure before the first operation names none
        Operations op = new Operations(context);
        if (step.upgrade()) {
            migration.upgrade(op);
        } else {
            migration.downgrade(op);
        }
        heads.apply(step, versionTable, context);
    }

    private static void rollbackQuietly(RunningContext context, RuntimeException failure) {
        try {
            context.rollback();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static MigrationError failure(MigrationStep step, RunningContext context, RuntimeException error,
                                          Set<String> leftAt, boolean perMigration) {
        String sql = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DBAPIError dbapi) {
                sql = dbapi.statement();
                break;
            }
        }
        String where = leftAt.isEmpty() ? "base (no revision)" : String.join(", ", leftAt);
        String commitsAsItRuns = context.autocommit() ? "the engine's isolation level is AUTOCOMMIT, so every statement"
                + " commits as it runs" : context.dialect().name() + " commits DDL as it runs";
        String state = context.isOffline() ? "the SQL script is incomplete; fix the migration and write it again"
                : !transactionalDdl(context)
                ? "the database is at " + where + ", the last completed revision; " + commitsAsItRuns
                + ", so statements of " + step.script().id() + " that ran before the failure stay applied and may"
                + " need undoing by hand"
                : perMigration ? "this migration was rolled back; the database is at " + where
                : "the whole run was rolled back; the database is still at " + where;
        String operation = context.currentOperation();
        return new MigrationError("Migration failed at " + step + " (" + step.script().migrationClass().getName()
                + ")" + (operation == null ? "" : "\n  operation: op." + operation)
                + (sql == null ? "" : "\n  SQL: " + sql) + "\n  error: " + error.getMessage() + "\n  " + state,
                step.script().id(), operation, sql, error);
    }
}
