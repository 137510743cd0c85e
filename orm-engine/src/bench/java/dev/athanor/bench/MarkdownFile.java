package dev.athanor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps generated tables inside a hand-written {@code BENCHMARKS.md}: each result lives between
 * {@code <!-- bench:SUITE:DB -->} and {@code <!-- /bench:SUITE:DB -->} markers and is replaced in
 * place on the next run, so the analysis around it survives; a new section goes at the end.
 */
final class MarkdownFile {
    private final Path path;

    MarkdownFile(Path path) {
        this.path = path;
    }

    void replaceSection(String key, String body) throws IOException {
        String open = "<!-- bench:" + key + " -->";
        String close = "<!-- /bench:" + key + " -->";
        String text = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        String section = open + "\n" + body.strip() + "\n" + close;
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        String updated;
        if (start >= 0 && end > start) {
            updated = text.substring(0, start) + section + text.substring(end + close.length());
        } else {
            updated = text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
                    + section + "\n";
        }
        Files.writeString(path, updated, StandardCharsets.UTF_8);
    }
}
