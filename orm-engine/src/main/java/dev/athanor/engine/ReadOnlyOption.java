package dev.athanor.engine;

import dev.athanor.sql.Executable;
import dev.athanor.sql.ExecutableOption;
import dev.athanor.sql.Select;
import dev.athanor.sql.compiler.CacheKey;

/**
 * Marks one query as read-only, like an {@code execution_options} flag in SQLAlchemy that a
 * routing {@code get_bind} reads: {@code select(Book.class).options(ReadOnlyOption.readOnly())}
 * runs on one of the engine's read replicas when the connection (or session) it is executed on
 * has not written, and on the primary otherwise, so it never misses what that connection wrote.
 * Without replicas, or when none is healthy, it runs where it would have run anyway.
 *
 * <p>On a {@link Connection}, the replica's connection is taken on the first such query and kept
 * until the connection's transaction ends, so several read-only queries of one transaction see
 * one replica's snapshot.
 */
public final class ReadOnlyOption implements ExecutableOption {
    private static final ReadOnlyOption READ_ONLY = new ReadOnlyOption();

    private ReadOnlyOption() {
    }

    /** The option: send this query to a replica if the connection has not written. */
    public static ReadOnlyOption readOnly() {
        return READ_ONLY;
    }

    /** Whether {@code statement} is a query carrying this option. */
    public static boolean isSet(Executable statement) {
        return statement instanceof Select select && select.executableOptions().contains(READ_ONLY);
    }

    /** Adds nothing: where a query runs does not change its SQL, so it shares its compilation. */
    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        // no shape token: the same statement without the option compiles to the same SQL
    }

    @Override
    public String toString() {
        return "readOnly()";
    }
}
