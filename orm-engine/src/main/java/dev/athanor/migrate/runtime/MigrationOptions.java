package dev.athanor.migrate.runtime;

import dev.athanor.exc.ArgumentError;
import java.util.regex.Pattern;

/**
 * How migrations run: the name of the version table (Alembic's {@code version_table}) and whether
 * each migration gets its own transaction (Alembic's {@code transaction_per_migration}) where DDL
 * is transactional; by default a whole run is one transaction there.
 *
 * @param versionTable            the table holding one row per current head
 * @param transactionPerMigration commit after each migration instead of once at the end
 */
public record MigrationOptions(String versionTable, boolean transactionPerMigration) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,47}");

    /** The version table Athanor uses unless told otherwise. */
    public static final String DEFAULT_VERSION_TABLE = "athanor_version";

    public MigrationOptions {
        if (versionTable == null || !NAME.matcher(versionTable).matches()) {
            throw new ArgumentError("Version table name '" + versionTable + "' is not usable; use letters, digits"
                    + " and underscores, starting with a letter, at most 48 characters");
        }
    }

    /** {@code athanor_version}, one transaction per run. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(DEFAULT_VERSION_TABLE, false);
    }

    /** These options with another version table. */
    public MigrationOptions withVersionTable(String name) {
        return new MigrationOptions(name, transactionPerMigration);
    }

    /** These options with one transaction per migration (or per run). */
    public MigrationOptions withTransactionPerMigration(boolean perMigration) {
        return new MigrationOptions(versionTable, perMigration);
    }
}
