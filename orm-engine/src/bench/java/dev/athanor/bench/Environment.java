package dev.athanor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The machine, JDK, versions and settings a table of numbers depends on. */
final class Environment {
    private Environment() {
    }

    static String render(BenchDatabase db) throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", LocalDate.now().toString());
        facts.put("machine", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        // the heap flags change every figure (a growing heap's page faults): say which were used
        facts.put("JVM options", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(option -> option.startsWith("-X")).toList()));
        facts.putAll(db.versions());
        facts.putAll(db.settings());
        return facts.entrySet().stream()
                .map(e -> "- " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n", "#### Environment — " + db.target().key() + "\n\n", "\n"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }
}
