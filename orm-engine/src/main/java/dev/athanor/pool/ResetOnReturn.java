package dev.athanor.pool;

/**
 * What the pool does to a connection given back to it, as SQLAlchemy's {@code reset_on_return}.
 * Work left unfinished is always rolled back first.
 */
public enum ResetOnReturn {
    /**
     * Roll back only (SQLAlchemy's default). Session state set by SQL ({@code SET search_path},
     * {@code SET time_zone}, {@code PRAGMA}, temporary tables) stays with the physical connection
     * and is seen by its next holder.
     */
    ROLLBACK,
    /**
     * Roll back, then return the session to the state of a freshly opened connection: the
     * database's own reset ({@link dev.athanor.dialect.Dialect#resetSession}: PostgreSQL
     * {@code DISCARD ALL}, MariaDB {@code COM_RESET_CONNECTION}; H2, SQLite and MySQL offer none),
     * then the dialect's connection setup again ({@code PRAGMA foreign_keys = ON} on SQLite),
     * keeping the engine's isolation level. Costs a few round trips per return;
     * state set by {@code connect} listeners is cleared too, so set such state in a
     * {@code checkout} listener instead.
     */
    FULL
}
