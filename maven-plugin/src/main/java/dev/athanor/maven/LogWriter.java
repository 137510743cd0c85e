package dev.athanor.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each completed line to the build log (the command prints whole lines). */
final class LogWriter extends Writer {
    private final Consumer<String> log;
    private final StringBuilder line = new StringBuilder();

    LogWriter(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // lines are emitted when complete; a partial line waits for its end or close()
    }

    @Override
    public void close() {
        if (line.length() > 0) {
            emit();
        }
    }

    private void emit() {
        log.accept(line.toString());
        line.setLength(0);
    }
}
