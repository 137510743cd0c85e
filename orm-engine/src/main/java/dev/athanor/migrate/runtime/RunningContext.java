package dev.athanor.migrate.runtime;

/** What the runner needs from a context besides what operations use: transaction boundaries. */
abstract class RunningContext implements MigrationContext {

    /** Opens a transaction (online a connection opens one by itself on first use). */
    abstract void begin();

    /** Commits the transaction in progress. */
    abstract void commit();

    /** Abandons the transaction in progress. */
    abstract void rollback();
}
