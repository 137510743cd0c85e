package dev.athanor.autoconfigure.migrate;

import dev.athanor.migrate.runtime.MigrationError;
import java.util.List;

/**
 * Startup stopped because of the migrations: one failed, the upgraded schema still differs from
 * the mapping, or the configuration contradicts itself. Carries what happened and what to do, for
 * {@link AthanorMigrationsFailureAnalyzer}.
 */
public class AthanorMigrationsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String description;
    private final String action;

    AthanorMigrationsException(String description, String action, Throwable cause) {
        super(description, cause);
        this.description = description;
        this.action = action;
    }

    static AthanorMigrationsException failed(MigrationError error, String table) {
        String sql = error.sql() == null ? "(not in SQL: the migration's Java code threw)" : error.sql();
        Throwable database = error.getCause() == null ? error : error.getCause();
        String operation = error.operation() == null ? "" : "\n    operation: op." + error.operation();
        String description = "Migration " + error.revision() + " failed at startup.\n\n    revision: "
                + error.revision() + operation + "\n    SQL: " + sql + "\n    database error: " + database.getMessage()
                + "\n\n" + error.getMessage();
        String action = "Fix revision " + error.revision() + " (or the data it trips on) and restart: the upgrade"
                + " resumes from the revision recorded in " + table + ". If its changes were applied by hand, record"
                + " it without running it: start once with --athanor.migrations.command=stamp"
                + " --athanor.migrations.command-target=" + error.revision() + ".";
        return new AthanorMigrationsException(description, action, error);
    }

    static AthanorMigrationsException stillDiffers(List<String> differences, String heads) {
        StringBuilder description = new StringBuilder("After upgrading to ").append(heads)
                .append(", the database schema still does not match the mapped entities:\n");
        differences.forEach(difference -> description.append("\n    - ").append(difference));
        return new AthanorMigrationsException(description.toString(), "Add a revision that makes these changes (the"
                + " autogenerate command writes one from the differences), or fix the mappings listed above;"
                + " set athanor.migrations.validate-after-upgrade=false to start anyway.", null);
    }

    static AthanorMigrationsException createWithMigrations(String action, String packageName) {
        return new AthanorMigrationsException("athanor.schema.action=" + action + " would create the mapped tables"
                + " itself, but package " + packageName + " holds migrations that own the schema.",
                "Remove athanor.schema.action (or set it to validate or none) and let the migrations create the"
                        + " schema, or set athanor.migrations.enabled=false to use " + action + " without them.", null);
    }

    static AthanorMigrationsException noRevisions(List<String> packages) {
        return new AthanorMigrationsException("athanor.migrations.enabled=true, but no @Revision class was found in "
                + String.join(", ", packages) + ".", "Set athanor.migrations.package to the package of your"
                + " revisions, or write the first with the revision command.", null);
    }

    /** What went wrong, with the revision, SQL and database error where a migration failed. */
    public String description() {
        return description;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
