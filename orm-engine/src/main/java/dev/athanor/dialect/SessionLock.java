package dev.athanor.dialect;

/**
 * A named lock held by one database session until it is released or the session ends, such as
 * PostgreSQL's advisory locks and MySQL's {@code GET_LOCK}: the migration runner takes one so two
 * runners never apply the same revision.
 *
 * @param acquireSql a query that waits for the lock and answers {@code 1} (or nothing) once held
 * @param releaseSql a statement that gives the lock back
 */
public record SessionLock(String acquireSql, String releaseSql) {
}
