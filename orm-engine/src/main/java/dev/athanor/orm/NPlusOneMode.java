package dev.athanor.orm;

/** What a session does when lazy loads of one relationship pass the N+1 threshold. */
public enum NPlusOneMode {
    /** Nothing: lazy loads are still counted in {@link Session#stats()}. */
    OFF,
    /** Logs one warning per relationship and session, under logger {@code athanor.orm}. */
    WARN,
    /** Raises {@link dev.athanor.exc.InvalidRequestError} on the load that passes the threshold (for tests). */
    RAISE
}
