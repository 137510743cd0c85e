package dev.athanor.bench;

import java.util.List;

/**
 * A benchmark job that several variants do the same way SQLAlchemy's performance suite does
 * it: the workload owns its tables and puts them in the same state before every pass.
 */
public interface Workload {
    /** The name used by {@code --suite} ({@code bulk-insert}). */
    String name();

    /** The number for it (1–8; 9 for the async layer's, issue 17), also accepted by {@code --suite}. */
    int number();

    /** A one-line title for the report. */
    String title();

    /** The size used when {@code --num} is not given. */
    int defaultNum();

    /** Creates and seeds the tables. */
    void setUp(BenchDatabase db, int num) throws Exception;

    /** The variants that can run on this database, given the APIs that exist. */
    List<Variant> variants(BenchDatabase db, int num);

    /** Variants that cannot run yet, each with the reason, for the report. */
    default List<String> pending(BenchDatabase db) {
        return List.of();
    }

    /**
     * Variants that stream, run once more in a separate small-heap JVM ({@link SmallHeapCheck})
     * with a keep-everything one or two for contrast; none by default.
     */
    default List<String> smallHeapVariants() {
        return List.of();
    }

    /** Resets state before each pass of each variant (untimed); by default nothing. */
    default void beforePass(BenchDatabase db) throws Exception {
    }

    /**
     * Checks the database after a pass (untimed), for work the returned count cannot prove, such
     * as inserted rows; throws when the variant did not do its job.
     */
    default void afterPass(BenchDatabase db, Variant variant) throws Exception {
    }

    /** Drops the tables. */
    void tearDown(BenchDatabase db) throws Exception;
}
