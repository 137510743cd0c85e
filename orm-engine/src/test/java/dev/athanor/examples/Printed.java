package dev.athanor.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What an example printed with {@code System.out.println}, so a test can assert the output the
 * reference document shows. Register it with {@code @RegisterExtension final Printed out = new Printed();}.
 */
public final class Printed implements BeforeEachCallback, AfterEachCallback {
    /** Log lines (a JDBC driver's warnings) also reach System.out; they are not the example's output. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintStream original;

    @Override
    public void beforeEach(ExtensionContext context) {
        buffer.reset();
        original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(original);
        original.print(buffer.toString(StandardCharsets.UTF_8));
    }

    /** The lines printed so far by the current test. */
    public List<String> lines() {
        System.out.flush();
        return buffer.toString(StandardCharsets.UTF_8).lines().filter(line -> !LOG_LINE.matcher(line).find()).toList();
    }
}
