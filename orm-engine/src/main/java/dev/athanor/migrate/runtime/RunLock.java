package dev.athanor.migrate.runtime;

import dev.athanor.dialect.SessionLock;
import dev.athanor.engine.Connection;
import dev.athanor.sql.Sql;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the dialect's session lock around a run, so that of two runners starting together one
 * waits until the other is done and then finds nothing left to apply. Databases without a session
 * lock (H2, SQLite) take a {@link LocalRunLock} instead.
 */
final class RunLock {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.migrate");

    private final String name;

    RunLock(String versionTable) {
        this.name = "athanor_migrate_" + versionTable;
    }

    <T> T around(Connection connection, Supplier<T> work) {
        SessionLock lock = connection.dialect().migrationLock(name);
        if (lock == null) {
            return LocalRunLock.around(connection, name, work);
        }
        Object granted = connection.execute(Sql.text(lock.acquireSql())).scalar();
        // a session lock outlives the transaction it was taken in, so end that transaction now
        connection.commit();
        if (granted instanceof Number number && number.intValue() != 1) {
            throw new MigrationError("The migration lock '" + name + "' was not granted (" + lock.acquireSql()
                    + " answered " + number + "); another runner has held it too long, or the server refused it",
                    null, lock.acquireSql(), null);
        }
        try {
            return work.get();
        } finally {
            release(connection, lock);
        }
    }

    private void release(Connection connection, SessionLock lock) {
        try {
            connection.execute(Sql.text(lock.releaseSql()));
            connection.commit();
        } catch (RuntimeException e) {
            // the lock ends with the session anyway; the run's own outcome matters more
            LOG.warn("Could not release the migration lock '{}': {}", name, e.getMessage());
        }
    }
}
