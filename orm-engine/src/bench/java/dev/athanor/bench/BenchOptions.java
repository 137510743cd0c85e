package dev.athanor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line, parsed by hand because the profile deliberately adds no CLI library:
 * {@code --suite bulk-insert --db h2 --num 10000 --repeat 3 [--variants jdbc,stream]
 * [--markdown BENCHMARKS.md] [--url jdbc:postgresql://127.0.0.1:5432/mine]}.
 *
 * @param suites workload names or numbers ({@code all} for every one)
 * @param target the database
 * @param num the workload size; 0 means each workload's own default
 * @param repeat timed passes (at least 3, so a median means something)
 * @param variantFilter substrings, or whole names after {@code =}; when not empty only variants whose name
 *     contains one (or is one) run
 * @param markdown a file whose section for this suite and database is replaced, or {@code null}
 * @param url a JDBC URL replacing the target's default (a database of one's own), or {@code null}
 */
public record BenchOptions(List<String> suites, Target target, int num, int repeat, List<String> variantFilter,
                           String markdown, String url) {
    static final String USAGE = """
            usage: BenchMain --suite <name|number|all>[,…] --db h2|sqlite|postgresql|mariadb
                             [--num N] [--repeat R≥3] [--variants substr|=name,…] [--markdown FILE]
                             [--url JDBC-URL (default: the target's; also -Dathanor.bench.url)]
            suites: %s""";

    /** Parses {@code args}; throws {@link IllegalArgumentException} with the usage on bad input. */
    public static BenchOptions parse(String[] args) {
        List<String> suites = new ArrayList<>();
        Target target = Target.H2;
        int num = 0;
        int repeat = 3;
        List<String> variants = List.of();
        String markdown = null;
        String url = System.getProperty("athanor.bench.url");
        // bench.args reaches main as one word when quoting goes wrong; split again
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            words.addAll(List.of(arg.trim().split("\\s+")));
        }
        words.removeIf(String::isEmpty);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String option = word;
            String value;
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                option = word.substring(0, eq);
                value = word.substring(eq + 1);
            } else {
                if (i + 1 >= words.size()) {
                    throw usage("missing value after " + word);
                }
                value = words.get(++i);
            }
            switch (option) {
                case "--suite" -> suites.addAll(List.of(value.split(",")));
                case "--db" -> target = Target.parse(value);
                case "--num" -> num = positive(option, value);
                case "--repeat" -> repeat = positive(option, value);
                case "--variants" -> variants = List.of(value.toLowerCase(Locale.ROOT).split(","));
                case "--markdown" -> markdown = value;
                case "--url" -> url = value;
                default -> throw usage("unknown option " + option);
            }
        }
        if (suites.isEmpty()) {
            throw usage("--suite is required");
        }
        if (repeat < 3) {
            throw usage("--repeat must be at least 3 so that the median is meaningful");
        }
        return new BenchOptions(List.copyOf(suites), target, num, repeat, variants, markdown, url);
    }

    /** The JDBC URL to connect to: {@code --url} when given, else the target's default. */
    public String jdbcUrl() {
        return url != null ? url : target.jdbcUrl();
    }

    /** Whether a variant passes the {@code --variants} filter. */
    public boolean selects(String variantName) {
        String name = variantName.toLowerCase(Locale.ROOT);
        // "=orm" names orm alone, where "orm" also matches orm-keep-all
        return variantFilter.isEmpty() || variantFilter.stream()
                .anyMatch(filter -> filter.startsWith("=") ? name.equals(filter.substring(1)) : name.contains(filter));
    }

    private static int positive(String option, String value) {
        try {
            int parsed = Integer.parseInt(value.replace("_", "").replace("k", "000"));
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the usage
        }
        throw usage(option + " needs a positive whole number, got '" + value + "'");
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE.formatted(Suites.names()));
    }
}
