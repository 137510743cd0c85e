package dev.athanor.migrate.runtime;

import dev.athanor.engine.Connection;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The run lock of databases that have no server-side lock to take (H2, SQLite): runners in this JVM
 * queue on one lock per database, named by the URL its driver reports, and where the dialect names a
 * lock file (a SQLite file, which other processes may open too) they then take that file's OS lock,
 * which also holds runners of other processes off.
 *
 * <p>The JVM-wide map is the one piece of global state in the runner, on purpose: it stands for the
 * database, which is one for every engine in the JVM, as a server-side lock is one for every session.
 * A FileLock alone would not do: the JVM holds file locks per process, not per thread.
 */
final class LocalRunLock {
    private static final ConcurrentMap<String, ReentrantLock> BY_DATABASE = new ConcurrentHashMap<>();

    private LocalRunLock() {
    }

    static <T> T around(Connection connection, String name, Supplier<T> work) {
        String database = connection.databaseUrl();
        ReentrantLock local = BY_DATABASE.computeIfAbsent(database + "#" + name, key -> new ReentrantLock());
        local.lock();
        try {
            Path lockFile = connection.dialect().migrationLockFile(database);
            return lockFile == null ? work.get() : underFileLock(lockFile, work);
        } finally {
            local.unlock();
        }
    }

    private static <T> T underFileLock(Path lockFile, Supplier<T> work) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new MigrationError("Could not take the migration lock file " + lockFile + ": " + e.getMessage()
                    + "; check that its directory is writable", null, null, e);
        }
    }
}
