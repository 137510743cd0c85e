package dev.athanor.bench;

import dev.athanor.bench.micro.MicroSuite;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Runs benchmark suites from the command line and prints (optionally writes) the tables:
 * {@code BenchMain --suite bulk-insert --db postgresql --num 100000 --repeat 3}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Entry point; exits with status 2 on a usage error. */
    public static void main(String[] args) throws Exception {
        BenchOptions options;
        List<Workload> workloads;
        try {
            options = BenchOptions.parse(args);
            workloads = Suites.select(options.suites());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // jOOQ prints a banner and tips through its own logger unless told not to
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (LoggerFactory.getLogger("athanor.engine").isDebugEnabled()) {
            System.err.println("WARNING: athanor.engine logs at DEBUG; every statement is formatted and the"
                    + " numbers are meaningless. Configure logging at WARN (see src/bench/resources/logback.xml).");
        }
        MarkdownFile markdown = options.markdown() == null ? null : new MarkdownFile(Path.of(options.markdown()));
        try (BenchDatabase db = BenchDatabase.open(options.target(), options.jdbcUrl())) {
            String environment = Environment.render(db);
            System.out.println(environment);
            if (markdown != null) {
                markdown.replaceSection("env:" + options.target().key(), environment);
            }
            Runner runner = new Runner(db, options.repeat());
            for (Workload workload : workloads) {
                int num = options.num() > 0 ? options.num() : workload.defaultNum();
                System.out.printf("== %d. %s (%s, num=%d)%n", workload.number(), workload.title(),
                        options.target().key(), num);
                workload.setUp(db, num);
                try {
                    List<Variant> variants = workload.variants(db, num).stream()
                            .filter(v -> options.selects(v.name())).toList();
                    if (variants.isEmpty()) {
                        System.out.println("  no variant selected");
                        continue;
                    }
                    String table = Report.render(workload, num, options, runner.run(workload, variants),
                            workload.pending(db));
                    if (!workload.smallHeapVariants().isEmpty()) {
                        String smallHeap = SmallHeapCheck.run(workload, options, num, variants);
                        table += smallHeap == null ? "" : smallHeap;
                    }
                    System.out.println(table);
                    if (markdown != null) {
                        markdown.replaceSection(workload.name() + ":" + options.target().key(), table);
                    }
                } finally {
                    workload.tearDown(db);
                }
            }
        }
        if (Suites.includesMicro(options.suites())) {
            System.out.printf("== 8. Micro-benchmarks, JMH (%s)%n", options.target().key());
            String table = MicroSuite.run(options.target(), options.jdbcUrl());
            System.out.println(table);
            if (markdown != null) {
                markdown.replaceSection(Suites.MICRO + ":" + options.target().key(), table);
            }
        }
    }
}
