package dev.athanor.maven;

import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/**
 * The command's standard error: every line goes to the build log as an error, and the first
 * {@code ERROR:} line (the command's one-line reason, password already masked) becomes the
 * message the build fails with.
 */
final class ErrorLines extends Writer {
    private final LogWriter lines;
    private String first;

    ErrorLines(Log log) {
        this.lines = new LogWriter(line -> {
            if (first == null && line.startsWith("ERROR: ")) {
                first = line.substring("ERROR: ".length());
            }
            log.error(line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line);
        });
    }

    /** The reason to fail the build with. */
    String summary() {
        return first != null ? first : "athanor db failed (see the errors above)";
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        lines.write(buffer, offset, length);
    }

    @Override
    public void flush() {
        lines.flush();
    }

    @Override
    public void close() {
        lines.close();
    }
}
