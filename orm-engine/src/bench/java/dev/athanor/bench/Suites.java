package dev.athanor.bench;

import dev.athanor.bench.workload.AsyncBulkInsert;
import dev.athanor.bench.workload.AsyncPrimaryKeyLookup;
import dev.athanor.bench.workload.BulkInsert;
import dev.athanor.bench.workload.DirtyFlush;
import dev.athanor.bench.workload.OneToMany;
import dev.athanor.bench.workload.OrmInsert;
import dev.athanor.bench.workload.LargeResult;
import dev.athanor.bench.workload.PrimaryKeyLookup;
import dev.athanor.bench.workload.ReplicaReads;
import dev.athanor.bench.workload.SingleInsert;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The workloads, in the order, and their lookup by name or number; workload 8
 * ({@code micro}) is JMH, run after the others by {@link dev.athanor.bench.micro.MicroSuite};
 * workload 10 ({@code replica-reads}) needs the scale-out clusters and runs only when named.
 */
final class Suites {
    static final String MICRO = "micro";

    private Suites() {
    }

    /** Whether {@code --suite} asks for the JMH microbenchmarks ({@code micro}, {@code 8} or {@code all}). */
    static boolean includesMicro(List<String> names) {
        return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.equals("all") || n.equals(MICRO) || n.equals("8"));
    }

    static List<Workload> all() {
        return List.of(new BulkInsert(), new OrmInsert(), new SingleInsert(), new PrimaryKeyLookup(), new LargeResult(),
                new OneToMany(), new DirtyFlush(100), new DirtyFlush(1), new DirtyFlush(0), new AsyncPrimaryKeyLookup(),
                new AsyncBulkInsert());
    }

    /** Workloads that need the private scale-out clusters: only run when named, never by {@code all}. */
    static List<Workload> scaleOut() {
        return List.of(new ReplicaReads());
    }

    /** The workloads a {@code --suite} value names: a name, a number (all workloads with it) or {@code all}. */
    static List<Workload> select(List<String> names) {
        List<Workload> selected = new ArrayList<>();
        for (String name : names) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            List<Workload> matches = all().stream()
                    .filter(w -> key.equals("all") || w.name().equals(key) || String.valueOf(w.number()).equals(key))
                    .toList();
            if (matches.isEmpty()) {
                matches = scaleOut().stream()
                        .filter(w -> w.name().equals(key) || String.valueOf(w.number()).equals(key)).toList();
            }
            if (matches.isEmpty() && includesMicro(List.of(key))) {
                continue;
            }
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("unknown suite '" + name + "'; known: " + names());
            }
            selected.addAll(matches);
        }
        return selected;
    }

    static String names() {
        return all().stream().map(w -> w.number() + "=" + w.name()).collect(Collectors.joining(", "))
                + ", 8=" + MICRO + " (JMH), "
                + scaleOut().stream().map(w -> w.number() + "=" + w.name()).collect(Collectors.joining(", "))
                + " (scale-out clusters; not in all)";
    }
}
