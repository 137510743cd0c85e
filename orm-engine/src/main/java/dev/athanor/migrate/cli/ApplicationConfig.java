package dev.athanor.migrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The keys the Spring application uses ({@code athanor.url}, {@code athanor.migrations.package},
 * {@code athanor.entity-packages}), read from {@code application.properties} or
 * {@code application.yml} in a resources directory, so that the command line needs no options in
 * a project already configured. The YAML reader takes nested keys, scalars and {@code - item}
 * lists, which is what those keys need; anything fancier is ignored.
 */
final class ApplicationConfig {
    private final Map<String, String> values;

    private ApplicationConfig(Map<String, String> values) {
        this.values = values;
    }

    static ApplicationConfig in(Path resources) {
        Map<String, String> values = new HashMap<>();
        try {
            Path yml = resources.resolve("application.yml");
            if (Files.isRegularFile(yml)) {
                values.putAll(yaml(Files.readAllLines(yml, StandardCharsets.UTF_8)));
            }
            Path properties = resources.resolve("application.properties");
            if (Files.isRegularFile(properties)) {
                Properties read = new Properties();
                try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                    read.load(reader);
                }
                read.stringPropertyNames().forEach(key -> values.put(key, read.getProperty(key).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application configuration in " + resources + ": "
                    + e.getMessage(), e);
        }
        return new ApplicationConfig(values);
    }

    /** The value of {@code key}, or {@code null}. */
    String get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> yaml(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.replaceAll("\\s+#.*$", "");
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(content);
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent && !content.startsWith("- ")) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            if (content.startsWith("- ")) {
                String key = String.join(".", path);
                String item = unquote(content.substring(2).strip());
                values.merge(key, item, (a, b) -> a + "," + b);
                continue;
            }
            int colon = content.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = content.substring(0, colon).strip();
            String value = content.substring(colon + 1).strip();
            if (value.isEmpty()) {
                path.add(key);
                indents.add(indent);
            } else {
                values.put(path.isEmpty() ? key : String.join(".", path) + "." + key, unquote(value));
            }
        }
        return values;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
