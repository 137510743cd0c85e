package dev.athanor.migrate.runtime;

/**
 * What the runner needs from a context besides what operations use: transaction boundaries, and
 * the operation in progress for failure reports.
 */
abstract class RunningContext implements MigrationContext {
    private String currentOperation;

    @Override
    public void operationStarted(String description) {
        currentOperation = description;
    }

    /** The operation running or last run, for failure reports; {@code null} before the first. */
    String currentOperation() {
        return currentOperation;
    }

    /**
     * Whether each statement commits as it runs because the engine's isolation level is
     * {@code AUTOCOMMIT}, whatever the database does with DDL; never for a SQL script.
     */
    boolean autocommit() {
        return false;
    }

    /** Opens a transaction (online a connection opens one by itself on first use). */
    abstract void begin();

    /** Commits the transaction in progress. */
    abstract void commit();

    /** Abandons the transaction in progress. */
    abstract void rollback();
}
