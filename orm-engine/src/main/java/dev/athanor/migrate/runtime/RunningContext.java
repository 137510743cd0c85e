package dev.athanor.migrate.runtime;

/**
 * What the runner needs from a context besides what operations use: transaction boundaries and
 * the last statement sent, which a failure report names.
 */
abstract class RunningContext implements MigrationContext {
    private String lastSql;

    /** Opens a transaction (online a connection opens one by itself on first use). */
    abstract void begin();

    /** Commits the transaction in progress. */
    abstract void commit();

    /** Abandons the transaction in progress. */
    abstract void rollback();

    final void remember(String sql) {
        lastSql = sql;
    }

    /** The last statement executed or written, or {@code null}. */
    final String lastSql() {
        return lastSql;
    }
}
