package dev.athanor.migrate.script;

import dev.athanor.exc.ArgumentError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the Java source of a new, empty revision class (Alembic's {@code script.py.mako}
 * rendered by {@code revision}), named after its message and id so two revisions with the same
 * message never collide:
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c0d1b7e", downRevision = {"1a2b3c4d5e6f"}, message = "add users.email")
 * public final class AddUsersEmail_3f2a9c0d1b7e implements Migration { … }
 * }</pre>
 */
public final class RevisionGenerator {
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path sourceRoot;
    private final String packageName;

    /** A generator writing into {@code packageName} under the source root (e.g. {@code src/main/java}). */
    public RevisionGenerator(Path sourceRoot, String packageName) {
        if (packageName == null || !PACKAGE.matcher(packageName).matches()) {
            throw new ArgumentError("'" + packageName + "' is not a Java package name; give the migrations package,"
                    + " e.g. com.example.migrations");
        }
        this.sourceRoot = sourceRoot;
        this.packageName = packageName;
    }

    /** A fresh 12-hex-digit revision id that {@code map} does not use. */
    public static String newId(RevisionMap map) {
        String id;
        do {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (map.find(id) != null);
        return id;
    }

    /** Writes the class and returns where. */
    public GeneratedRevision write(String id, List<String> downRevisions, List<String> branchLabels,
                                   List<String> dependsOn, String message) {
        String simpleName = className(message, id);
        Path directory = sourceRoot.resolve(packageName.replace('.', '/'));
        Path file = directory.resolve(simpleName + ".java");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, source(simpleName, id, downRevisions, branchLabels, dependsOn, message),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write revision " + id + " to " + file + ": " + e.getMessage(), e);
        }
        return new GeneratedRevision(id, packageName + "." + simpleName, file);
    }

    static String className(String message, String id) {
        String words = java.util.Arrays.stream(message == null ? new String[0] : message.split("[^A-Za-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
        if (words.length() > 60) {
            words = words.substring(0, 60);
        }
        if (words.isEmpty() || !Character.isJavaIdentifierStart(words.charAt(0))) {
            words = "Revision" + words;
        }
        return words + "_" + id.toLowerCase(Locale.ROOT);
    }

    private String source(String simpleName, String id, List<String> downRevisions, List<String> branchLabels,
                          List<String> dependsOn, String message) {
        String text = message == null ? "" : message;
        StringBuilder annotation = new StringBuilder("@Revision(id = ").append(literal(id))
                .append(", downRevision = ").append(array(downRevisions));
        if (!branchLabels.isEmpty()) {
            annotation.append(", branchLabels = ").append(array(branchLabels));
        }
        if (!dependsOn.isEmpty()) {
            annotation.append(", dependsOn = ").append(array(dependsOn));
        }
        annotation.append(",\n        message = ").append(literal(text)).append(")");
        return "package " + packageName + ";\n\n"
                + "import dev.athanor.migrate.Migration;\n"
                + "import dev.athanor.migrate.Revision;\n"
                + "import dev.athanor.migrate.operation.Operations;\n\n"
                + "/** " + (text.isBlank() ? "Revision " + id : text.replace("\\", "\\\\").replace("*/", "* /")
                .replace("\n", " ")) + ". */\n"
                + annotation + "\n"
                + "public final class " + simpleName + " implements Migration {\n"
                + "    @Override\n"
                + "    public void upgrade(Operations op) {\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    public void downgrade(Operations op) {\n"
                + "    }\n"
                + "}\n";
    }

    private static String array(List<String> values) {
        return values.stream().map(RevisionGenerator::literal).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
