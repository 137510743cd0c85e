package dev.athanor.orm;

/**
 * Decides whether touching an attribute of a loaded object may send SQL now: a relationship's
 * lazy load, the reload of an expired object, or a deferred column's load. A session opened with
 * {@link SessionFactory#open(LazyLoadGuard)} asks it before each such load; throwing (usually a
 * {@link dev.athanor.exc.LazyLoadError}) refuses the load, and the getter raises that error.
 * The asyncio layer uses it so that attribute access never blocks a caller's thread on I/O.
 */
@FunctionalInterface
public interface LazyLoadGuard {
    /** What an attribute access is about to load. */
    enum Load {
        /** An unloaded relationship. */
        RELATIONSHIP,
        /** The columns of an expired object (after a commit with {@code expireOnCommit}, or {@code expire}). */
        EXPIRED,
        /** A column a query deferred. */
        DEFERRED
    }

    /**
     * Called before the load, on the thread that touched the attribute.
     *
     * @param object the object whose getter was called
     * @param attribute the relationship's or column's name, or {@code null} when the getter is not known
     * @param load what would be loaded
     */
    void beforeLoad(Object object, String attribute, Load load);
}
