package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a session's lazy loads (its connections count its statements) and applies the factory's N+1 threshold: once one
 * relationship has been lazily loaded more than {@code threshold} times in the session, WARN logs
 * it once (naming the relationship and the fix) and RAISE throws.
 */
final class StatsRecorder {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.orm");

    private final NPlusOneMode mode;
    private final int threshold;
    /** Made at the first lazy load: most sessions (one per request) never have one. */
    private Map<String, Long> lazyLoads;
    private Set<String> warned;

    StatsRecorder(NPlusOneMode mode, int threshold) {
        this.mode = mode;
        this.threshold = threshold;
    }

    void lazyLoad(String relationship) {
        long count;
        synchronized (this) {
            if (lazyLoads == null) {
                lazyLoads = new LinkedHashMap<>();
                warned = new HashSet<>();
            }
            count = lazyLoads.merge(relationship, 1L, Long::sum);
        }
        if (count <= threshold || mode == NPlusOneMode.OFF
                || mode == NPlusOneMode.WARN && warned.contains(relationship)) {
            return; // said once already: every later lazy load would otherwise build the message again
        }
        String message = "N+1 queries: " + relationship + " was lazily loaded " + count + " times in one session"
                + " (threshold " + threshold + "); load it with the query instead, e.g. options(selectinLoad("
                + relationship.replaceFirst("\\.", "_.") + "))";
        if (mode == NPlusOneMode.RAISE) {
            throw new InvalidRequestError(message);
        }
        warned.add(relationship);
        LOG.warn(message);
    }

    /** What the session has done so far, given the statements its connections counted. */
    synchronized SessionStats snapshot(long statements) {
        return new SessionStats(statements, lazyLoads == null ? Map.of() : lazyLoads);
    }
}
