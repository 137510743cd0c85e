package dev.athanor.migrate.runtime;

import dev.athanor.exc.AthanorException;

/**
 * A migration failed: names the revision, the direction, the operation and the SQL that failed and the database's
 * error (the cause), and says where the database was left.
 */
public class MigrationError extends AthanorException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final String sql;
    private final String operation;

    public MigrationError(String message, String revision, String sql, Throwable cause) {
        this(message, revision, null, sql, cause);
    }

    public MigrationError(String message, String revision, String operation, String sql, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.operation = operation;
        this.sql = sql;
    }

    /** The id of the revision that failed. */
    public String revision() {
        return revision;
    }

    /**
     * The operation that failed ({@code addColumn(users.phone)}), or {@code null} when the failure
     * came before any operation or from code of the migration's own.
     */
    public String operation() {
        return operation;
    }

    /** The SQL statement that failed, or {@code null} when the failure was not in SQL. */
    public String sql() {
        return sql;
    }
}
