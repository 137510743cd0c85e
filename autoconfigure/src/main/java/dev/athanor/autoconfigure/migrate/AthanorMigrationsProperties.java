package dev.athanor.autoconfigure.migrate;

import dev.athanor.migrate.runtime.MigrationOptions;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of Athanor's migrations under {@code athanor.migrations.*}, with Alembic's nouns:
 * the revisions package (Alembic's {@code versions/}), the target, the version table.
 *
 * <p>Alembic has no out-of-order policy: revisions form a graph, and a revision merged late on
 * another branch is applied when its branch is, so {@code target=heads} upgrades every branch.
 * Setters reject values that cannot work, and Spring Boot reports the property at startup.
 */
@ConfigurationProperties("athanor.migrations")
public class AthanorMigrationsProperties {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    /**
     * Whether to upgrade the database at startup. Defaults to on when the migrations package holds
     * revisions; true with an empty package fails startup.
     */
    private Boolean enabled;

    /**
     * Package holding the @Revision classes. Defaults to the "migrations" subpackage of each
     * auto-configuration package (com.example.migrations for an application in com.example).
     */
    private String packageName;

    /** Revision to upgrade to at startup: head (the single head), heads (every branch), an id or label@head. */
    private String target = "head";

    /** Table recording the database's current revision(s) (Alembic's version_table). */
    private String table = MigrationOptions.DEFAULT_VERSION_TABLE;

    /** Commit after each migration instead of once per run, where DDL is transactional. */
    private boolean transactionPerMigration;

    /**
     * After the upgrade, compare the mapped entities with the upgraded schema and fail startup
     * listing every difference, so a missing revision is found before the first query.
     */
    private boolean validateAfterUpgrade = true;

    /**
     * Run this migration command, print its result and exit instead of serving (for release
     * pipelines); the startup upgrade is skipped.
     */
    private MigrationCommand command;

    /** Target of athanor.migrations.command: a revision, head, heads, base, -1, or a range for history. */
    private String commandTarget;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getPackage() {
        return packageName;
    }

    public void setPackage(String packageName) {
        this.packageName = checkPackage(packageName);
    }

    /** The package name trimmed, {@code null} when blank; rejects what cannot be a package. */
    static String checkPackage(String packageName) {
        if (packageName == null || packageName.isBlank()) {
            return null;
        }
        if (!PACKAGE.matcher(packageName.trim()).matches()) {
            throw new IllegalArgumentException("athanor.migrations.package must be a Java package name such as"
                    + " com.example.migrations, got '" + packageName + "'");
        }
        return packageName.trim();
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = notBlank(target, "athanor.migrations.target");
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        try {
            new MigrationOptions(table, false);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("athanor.migrations.table: " + e.getMessage(), e);
        }
        this.table = table;
    }

    public boolean isTransactionPerMigration() {
        return transactionPerMigration;
    }

    public void setTransactionPerMigration(boolean transactionPerMigration) {
        this.transactionPerMigration = transactionPerMigration;
    }

    public boolean isValidateAfterUpgrade() {
        return validateAfterUpgrade;
    }

    public void setValidateAfterUpgrade(boolean validateAfterUpgrade) {
        this.validateAfterUpgrade = validateAfterUpgrade;
    }

    public MigrationCommand getCommand() {
        return command;
    }

    public void setCommand(MigrationCommand command) {
        this.command = command;
    }

    public String getCommandTarget() {
        return commandTarget;
    }

    public void setCommandTarget(String commandTarget) {
        this.commandTarget = commandTarget == null || commandTarget.isBlank() ? null : commandTarget.trim();
    }

    /** The migration options these properties describe. */
    MigrationOptions options() {
        return new MigrationOptions(table, transactionPerMigration);
    }

    private static String notBlank(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must name a revision (head, heads, an id or label@head), got '"
                    + value + "'");
        }
        return value.trim();
    }

    /** The commands {@code athanor.migrations.command} can run, as Alembic's command line names them. */
    public enum MigrationCommand {
        /** Apply revisions up to the command target (default head). */
        UPGRADE,
        /** Revert revisions down to the command target (required: a revision, -1 or base). */
        DOWNGRADE,
        /** Record the command target (required) as current without running migrations. */
        STAMP,
        /** Print the revision(s) the database is at. */
        CURRENT,
        /** Print the revisions of the command target range (default all), newest first, marking the current. */
        HISTORY,
        /** Print the heads of the revision graph. */
        HEADS
    }
}
