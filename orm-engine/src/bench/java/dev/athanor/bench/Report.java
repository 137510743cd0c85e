package dev.athanor.bench;

import java.util.List;
import java.util.Locale;

/**
 * Renders one workload's measurements as a Markdown table (readable on the console as is), with
 * the raw-JDBC variant's median (else the first variant's) as the yardstick, then each variant's
 * note and the variants still waiting for an Athanor API.
 */
final class Report {
    private Report() {
    }

    static String render(Workload workload, int num, BenchOptions options, List<Measurement> results,
                         List<String> pending) {
        Measurement baseline = results.stream()
                .filter(m -> m.variant().name().startsWith("jdbc"))
                .findFirst().orElse(results.get(0));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### %d. %s — %s, num=%,d, %d timed passes%n%n", workload.number(),
                workload.title(), options.target().key(), num, options.repeat()));
        // workloads without a raw-JDBC variant compare with their first one, and say so
        String yardstick = baseline.variant().name().startsWith("jdbc") ? "jdbc" : baseline.variant().name();
        out.append("| variant | rows | median ms | min ms | × " + yardstick
                + " | µs/row | alloc B/row | executes | batched |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : results) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %,.1f | %.2f | %,.2f | %,.0f | %,d | %,d |%n",
                    m.variant().name(), m.variant().rows(), m.medianNanos() / 1e6, m.minNanos() / 1e6,
                    m.medianNanosPerRow() / baseline.medianNanosPerRow(), m.medianNanosPerRow() / 1e3,
                    m.allocatedPerRow(), m.executions(), m.batchedSets()));
        }
        out.append('\n');
        for (Measurement m : results) {
            out.append("- `").append(m.variant().name()).append("`: ").append(m.variant().note()).append('\n');
        }
        for (String reason : pending) {
            out.append("- pending: ").append(reason).append('\n');
        }
        return out.toString();
    }
}
