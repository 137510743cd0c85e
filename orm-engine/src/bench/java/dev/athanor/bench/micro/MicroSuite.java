package dev.athanor.bench.micro;

import dev.athanor.bench.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.profile.GCProfiler;

/**
 * Runs workload 8's JMH benchmarks kept short (1 fork, 2 × 1 s warm-up, 3 × 1 s measured, so
 * about a minute and a half in all) and renders them as a Markdown table with bytes per call
 * and the ratio to HikariCP's getConnection/close.
 */
public final class MicroSuite {
    private static final String ANCHOR = "hikariGetClose";

    private MicroSuite() {
    }

    /** Runs every benchmark of this package against {@code target} and returns the table. */
    public static String run(Target target, String jdbcUrl) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(MicroSuite.class.getPackageName() + "\\..*Benchmarks\\..*")
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .addProfiler(GCProfiler.class)
                .param("db", target.key())
                .param("url", jdbcUrl.equals(target.jdbcUrl()) ? "" : jdbcUrl)
                .jvmArgsAppend("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true");
        if (!target.supportsHibernate()) {
            options.exclude("hibernateSessionOpenClose");
        }
        return render(target, new Runner(options.build()).run());
    }

    static String render(Target target, Collection<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
        double anchor = sorted.stream().filter(r -> r.getParams().getBenchmark().endsWith(ANCHOR))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### 8. Micro-benchmarks (JMH 1.37) — %s, 1 fork, 2 × 1 s warm-up,"
                + " 3 × 1 s measured%n%n", target.key()));
        out.append("| benchmark | ns/op | ± error | × hikari get/close | alloc B/op |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (RunResult result : sorted) {
            Result<?> primary = result.getPrimaryResult();
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            out.append(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %.2f | %,.0f |%n", name, primary.getScore(),
                    primary.getScoreError(), primary.getScore() / anchor, allocatedPerOp(result)));
        }
        return out.toString();
    }

    private static double allocatedPerOp(RunResult result) {
        return result.getSecondaryResults().entrySet().stream()
                .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
