package dev.athanor.orm;

import java.util.Map;

/**
 * What a session has sent so far, from {@link Session#stats()}: the number of statements, and the
 * lazy loads by relationship ({@code "Author.books" → 100}), which is the N+1 signal.
 *
 * @param statements statements sent on the session's connections (a JDBC batch counts once)
 * @param lazyLoads lazy loads that sent SQL, by {@code "Class.attribute"}
 */
public record SessionStats(long statements, Map<String, Long> lazyLoads) {
    public SessionStats {
        lazyLoads = Map.copyOf(lazyLoads);
    }

    /** Lazy loads of one relationship, {@code "Author.books"}. */
    public long lazyLoads(String relationship) {
        return lazyLoads.getOrDefault(relationship, 0L);
    }
}
