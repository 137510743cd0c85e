package dev.athanor.autoconfigure.migrate;

import dev.athanor.autoconfigure.AthanorProperties.SchemaAction;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.runtime.MigrationError;
import dev.athanor.migrate.runtime.MigrationRun;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the database to {@code athanor.migrations.target} when the application starts, then
 * checks the upgraded schema against the mapping. A database initializer in Spring Boot's sense
 * ({@link AthanorMigratorDatabaseInitializerDetector}), so everything that uses the database waits
 * for it; two instances starting together upgrade once, serialized by the runner's lock.
 */
public class AthanorMigrator implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.migrate");

    private final MigrationCommands commands;
    private final AthanorMigrationsProperties properties;
    private final SchemaAction schemaAction;
    private final String packageName;
    private final Supplier<List<String>> differences;
    private volatile MigrationRun lastRun;
    private volatile Duration lastRunDuration;

    /**
     * A migrator running {@code commands}.
     *
     * @param differences how the mapping differs from the live schema; {@code null} when nothing is mapped
     */
    AthanorMigrator(MigrationCommands commands, AthanorMigrationsProperties properties, SchemaAction schemaAction,
                    String packageName, Supplier<List<String>> differences) {
        this.commands = commands;
        this.properties = properties;
        this.schemaAction = schemaAction;
        this.packageName = packageName;
        this.differences = differences;
    }

    @Override
    public void afterPropertiesSet() {
        if (schemaAction == SchemaAction.CREATE || schemaAction == SchemaAction.CREATE_DROP) {
            throw AthanorMigrationsException.createWithMigrations(
                    schemaAction.name().toLowerCase(Locale.ROOT).replace('_', '-'), packageName);
        }
        if (properties.getCommand() != null) {
            LOG.info("athanor.migrations.command={} is set: no upgrade at startup, the command runs instead",
                    properties.getCommand().name().toLowerCase(Locale.ROOT));
            return;
        }
        long start = System.nanoTime();
        MigrationRun run;
        try {
            run = commands.upgrade(properties.getTarget());
        } catch (MigrationError e) {
            throw AthanorMigrationsException.failed(e, properties.getTable());
        }
        lastRunDuration = Duration.ofNanos(System.nanoTime() - start);
        lastRun = run;
        String at = run.headsAfter().isEmpty() ? "base" : String.join(", ", run.headsAfter());
        if (run.steps().isEmpty()) {
            LOG.info("Database is up to date at {} (migrations in {})", at, packageName);
        } else {
            LOG.info("Applied {} migration(s) from {}: now at {} ({} ms)", run.steps().size(),
                    run.headsBefore().isEmpty() ? "base" : String.join(", ", run.headsBefore()), at,
                    lastRunDuration.toMillis());
        }
        if (properties.isValidateAfterUpgrade() && differences != null) {
            List<String> found = differences.get();
            if (!found.isEmpty()) {
                throw AthanorMigrationsException.stillDiffers(found, at);
            }
        }
    }

    /** The commands this migrator runs, over the application's revisions. */
    public MigrationCommands commands() {
        return commands;
    }

    /** What the startup upgrade did, or {@code null} when it did not run (command mode). */
    public MigrationRun lastRun() {
        return lastRun;
    }

    /** How long the startup upgrade took, or {@code null} when it did not run. */
    public Duration lastRunDuration() {
        return lastRunDuration;
    }
}
