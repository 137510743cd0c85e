package dev.athanor.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs all variants of a workload interleaved, so that drift of a shared 2-core machine spreads
 * over all of them: each round runs every variant once, starting one further along each round.
 * Two warm-up rounds, then the timed rounds, then one untimed counting round with the
 * statement-counting proxies switched on.
 */
final class Runner {
    private static final int WARMUP_ROUNDS = 2;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final BenchDatabase db;
    private final int timedRounds;

    Runner(BenchDatabase db, int timedRounds) {
        this.db = db;
        this.timedRounds = timedRounds;
    }

    List<Measurement> run(Workload workload, List<Variant> variants) throws Exception {
        List<Measurement> measurements = new ArrayList<>();
        for (Variant variant : variants) {
            measurements.add(new Measurement(variant, timedRounds));
        }
        int rounds = WARMUP_ROUNDS + timedRounds;
        for (int round = 0; round < rounds; round++) {
            boolean timed = round >= WARMUP_ROUNDS;
            for (int i = 0; i < variants.size(); i++) {
                Measurement measurement = measurements.get((i + round) % variants.size());
                runOnce(workload, measurement, timed);
            }
            System.out.printf("  round %d/%d done%s%n", round + 1, rounds, timed ? "" : " (warm-up)");
        }
        for (Measurement measurement : measurements) {
            workload.beforePass(db);
            db.switchable().startCounting();
            try {
                check(measurement.variant(), measurement.variant().body().run());
            } finally {
                StatementCounter counter = db.switchable().stopCounting();
                measurement.counted(counter.executions(), counter.batchedSets());
            }
            workload.afterPass(db, measurement.variant());
        }
        return measurements;
    }

    private void runOnce(Workload workload, Measurement measurement, boolean timed) throws Exception {
        workload.beforePass(db);
        // collect the previous variant's garbage now rather than during this one's pass
        System.gc();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        long handled = measurement.variant().body().run();
        long elapsed = System.nanoTime() - start;
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        check(measurement.variant(), handled);
        workload.afterPass(db, measurement.variant());
        if (timed) {
            measurement.record(elapsed, allocated);
        }
    }

    private static void check(Variant variant, long handled) {
        if (handled != variant.rows()) {
            throw new IllegalStateException(variant.name() + " handled " + handled + " rows, expected "
                    + variant.rows() + ": the variant is broken and its time would mean nothing");
        }
    }
}
