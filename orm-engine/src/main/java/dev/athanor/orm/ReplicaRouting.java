package dev.athanor.orm;

/**
 * Where a session sends its work when its engines have read replicas
 * ({@code EngineOptions.replicas}); engines without replicas always serve from the primary.
 */
public enum ReplicaRouting {
    /**
     * Everything goes to the primary (the default); a query marked
     * {@link dev.athanor.engine.ReadOnlyOption#readOnly()} still reads from a replica while the
     * session has not written.
     */
    PRIMARY,
    /**
     * Reads go to a replica until the session first writes; from then on everything goes to the
     * primary until the session closes, so it reads its own writes
     * ({@link SessionFactory.Builder#readFromReplicas}).
     */
    READ_YOUR_WRITES,
    /**
     * Everything goes to a replica, writes included, which the replica refuses with an error that
     * names the routing: Spring's {@code @Transactional(readOnly = true)}. When no replica can
     * serve, the work falls back to the primary.
     */
    READ_ONLY
}
