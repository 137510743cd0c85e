package dev.athanor.testing;

import dev.athanor.engine.Engine;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.event.ListenerRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records every statement an engine sends, with its parameter sets, so tests can assert the exact
 * SQL and how many round trips a piece of work costs.
 */
public final class SqlRecorder implements ExecutionListener, AutoCloseable {
    /** A statement that writes rows, at the start or inside parentheses. */
    private static final java.util.regex.Pattern WRITE =
            java.util.regex.Pattern.compile("(^|\\()\\s*(INSERT INTO|UPDATE|DELETE FROM)\\s");
    private final List<Recorded> statements = Collections.synchronizedList(new ArrayList<>());
    private ListenerRegistry.Registration registration;

    private SqlRecorder() {
    }

    /** Starts recording on an engine. */
    public static SqlRecorder on(Engine engine) {
        SqlRecorder recorder = new SqlRecorder();
        recorder.registration = engine.addExecutionListener(recorder);
        return recorder;
    }

    @Override
    public void beforeExecute(ExecutionContext context) {
        statements.add(new Recorded(context.sql(), context.parameters(), context.executemany()));
    }

    /** Everything recorded so far, in order. */
    public List<Recorded> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** The SQL texts recorded so far, in order. */
    public List<String> sql() {
        return statements().stream().map(Recorded::sql).toList();
    }

    /**
     * The SQL texts with array-bound IN lists ({@code x = ANY(?)}, {@code x <> ALL(?)}) spelled as
     * {@code x IN (?)} and {@code x NOT IN (?)}, for statement-shape assertions that hold on every
     * dialect (see {@code Capability.ARRAY_PARAMETERS}).
     */
    public List<String> sqlWithInLists() {
        return sql().stream().map(text -> text.replace(" = ANY(?)", " IN (?)").replace(" <> ALL(?)", " NOT IN (?)"))
                .toList();
    }

    /**
     * The recorded statements that write rows: INSERT, UPDATE and DELETE, also when wrapped in a
     * select of what they changed (H2's {@code SELECT … FROM FINAL TABLE (INSERT …)}).
     */
    public List<String> writes() {
        return sql().stream().filter(text -> WRITE.matcher(text).find()).toList();
    }

    /** Forgets what was recorded. */
    public void clear() {
        statements.clear();
    }

    /** Stops recording. */
    @Override
    public void close() {
        registration.close();
    }

    /**
     * One statement as sent.
     *
     * @param sql the SQL text
     * @param parameters one list of values per parameter set
     * @param executemany whether it went as a JDBC batch
     */
    public record Recorded(String sql, List<List<Object>> parameters, boolean executemany) {
    }
}
