package dev.athanor.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares the user guide's code blocks with the tested examples they were copied from. A page
 * marks a block with {@code <!-- snippet: PATH#NAME -->} on the line before a {@code ```java}
 * fence, PATH relative to the repository root; the Java source marks the region with
 * {@code // tag::NAME[]} and {@code // end::NAME[]} lines. The block must equal the region less
 * its common indentation (trailing spaces ignored; tag lines of nested regions left out).
 */
final class GuideSnippets {
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+?)#(\\S+?)\\s*-->\\s*$");
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*//\\s*(tag|end)::([^\\[\\s]+)\\[]\\s*$");

    private final Path root;

    GuideSnippets(Path root) {
        this.root = root;
    }

    /** Every stale or broken snippet of the Markdown pages under {@code docs}, one message each. */
    List<String> problems(Path docs) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(docs)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                check(page, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private void check(Path page, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(page);
        String where = root.relativize(page).toString();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String at = where + ":" + (i + 1) + ": snippet " + marker.group(1) + "#" + marker.group(2);
            Path source = root.resolve(marker.group(1)).normalize();
            if (!Files.isRegularFile(source)) {
                problems.add(at + " names a file that does not exist");
                continue;
            }
            List<String> expected = region(Files.readAllLines(source), marker.group(2));
            if (expected == null) {
                problems.add(at + " names a tag that " + marker.group(1) + " does not have (or does not close):"
                        + " expected lines '// tag::" + marker.group(2) + "[]' and '// end::" + marker.group(2) + "[]'");
                continue;
            }
            List<String> block = block(lines, i + 1);
            if (block == null) {
                problems.add(at + " is not followed on the next line by a closed ```java block");
            } else if (!block.equals(expected)) {
                problems.add(at + " differs from the tested example; replace the block with:\n```java\n"
                        + String.join("\n", expected) + "\n```");
            }
        }
    }

    /** The fenced block opening at {@code start}, trailing spaces dropped, or {@code null}. */
    private static List<String> block(List<String> lines, int start) {
        if (start >= lines.size() || !lines.get(start).strip().equals("```java")) {
            return null;
        }
        List<String> block = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```")) {
                return block;
            }
            block.add(lines.get(i).stripTrailing());
        }
        return null;
    }

    /** The lines between the tag's start and end, without nested tag lines or common indentation; {@code null} when absent. */
    static List<String> region(List<String> source, String name) {
        List<String> region = null;
        for (String line : source) {
            Matcher tag = TAG_LINE.matcher(line);
            if (tag.matches()) {
                if (tag.group(2).equals(name)) {
                    if (tag.group(1).equals("tag")) {
                        region = new ArrayList<>();
                    } else if (region != null) {
                        return dedent(region);
                    }
                }
                continue;
            }
            if (region != null) {
                region.add(line.stripTrailing());
            }
        }
        return null;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }
}
