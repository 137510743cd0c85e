package dev.athanor.bench;

import java.util.Arrays;

/**
 * What the runner learned about one variant: the wall time of each timed pass, the bytes the
 * benchmark thread allocated, and the JDBC calls of the counting pass.
 */
public final class Measurement {
    private final Variant variant;
    private final long[] nanos;
    private final long[] allocated;
    private int passes;
    private long executions = -1;
    private long batchedSets = -1;

    Measurement(Variant variant, int timedPasses) {
        this.variant = variant;
        this.nanos = new long[timedPasses];
        this.allocated = new long[timedPasses];
    }

    void record(long elapsedNanos, long allocatedBytes) {
        nanos[passes] = elapsedNanos;
        allocated[passes] = allocatedBytes;
        passes++;
    }

    void counted(long executions, long batchedSets) {
        this.executions = executions;
        this.batchedSets = batchedSets;
    }

    /** The variant measured. */
    public Variant variant() {
        return variant;
    }

    /** Median wall time of the timed passes, in nanoseconds. */
    public long medianNanos() {
        return median(nanos);
    }

    /** Fastest timed pass, in nanoseconds. */
    public long minNanos() {
        return Arrays.stream(nanos, 0, passes).min().orElse(0);
    }

    /** Median time per row, in nanoseconds; ratios use it so a variant run on fewer rows compares fairly. */
    public double medianNanosPerRow() {
        return (double) medianNanos() / variant.rows();
    }

    /** Median bytes allocated per row by the benchmark thread. */
    public double allocatedPerRow() {
        return (double) median(allocated) / variant.rows();
    }

    /** JDBC executions in one pass ({@code executeBatch} counts once). */
    public long executions() {
        return executions;
    }

    /** Parameter sets queued with {@code addBatch} in one pass. */
    public long batchedSets() {
        return batchedSets;
    }

    private long median(long[] values) {
        long[] sorted = Arrays.copyOf(values, passes);
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
