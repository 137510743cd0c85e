package dev.athanor.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a workload's streaming variants once more in a separate JVM with {@code -Xmx64m}, on the
 * table the parent seeded, to show which ones really stream: a variant that keeps every row runs
 * out of heap there. Each variant gets its own fork, so one that fills the heap cannot spoil the
 * next. H2 in memory is skipped, as its table would live in the same small heap.
 */
final class SmallHeapCheck {
    static final String HEAP = "-Xmx64m";
    private static final String RESULT = "SMALL-HEAP-RESULT ";

    private SmallHeapCheck() {
    }

    /**
     * The table for the report, or {@code null} when the target keeps its data in the JVM; only
     * the workload's small-heap variants among {@code variants} (those that run on this target) fork.
     */
    static String run(Workload workload, BenchOptions options, int num, List<Variant> variants) throws Exception {
        if (options.target() == Target.H2) {
            return null;
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String variant : workload.smallHeapVariants()) {
            if (variants.stream().anyMatch(v -> v.name().equals(variant))) {
                outcomes.put(variant, fork(workload, options, num, variant));
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nSeparate JVM with `%s`, one pass each, num=%,d:%n%n| variant | outcome |%n|---|---|%n", HEAP, num));
        outcomes.forEach((variant, outcome) -> out.append("| ").append(variant).append(" | ").append(outcome)
                .append(" |\n"));
        return out.toString();
    }

    private static String fork(Workload workload, BenchOptions options, int num, String variant) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", SmallHeapCheck.class.getName(),
                workload.name(), options.target().key(), options.jdbcUrl(), Integer.toString(num), variant)
                .redirectErrorStream(true).start();
        String outcome = null;
        String last = "";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RESULT)) {
                    outcome = line.substring(RESULT.length());
                } else if (!line.isBlank()) {
                    last = line.strip();
                }
            }
        }
        int status = process.waitFor();
        return outcome != null ? outcome : "the fork ended with status " + status + " and no result: " + last;
    }

    /**
     * The fork: {@code workload target url num variant}; runs the variant once on the existing
     * table and prints one result line.
     */
    public static void main(String[] args) throws Exception {
        Workload workload = Suites.select(List.of(args[0])).get(0);
        int num = Integer.parseInt(args[3]);
        try (BenchDatabase db = BenchDatabase.open(Target.parse(args[1]), args[2])) {
            Variant variant = workload.variants(db, num).stream().filter(v -> v.name().equals(args[4])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no variant " + args[4]));
            long start = System.nanoTime();
            String outcome;
            try {
                long handled = variant.body().run();
                outcome = String.format(Locale.ROOT, "%,d rows in %,d ms", handled,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (OutOfMemoryError e) {
                outcome = "OutOfMemoryError after " + (System.nanoTime() - start) / 1_000_000 + " ms";
            }
            System.out.println(RESULT + outcome);
        }
    }
}
