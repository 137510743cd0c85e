package dev.athanor.autoconfigure;

import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every statement that ran longer than {@code athanor.diagnostics.slow-query-threshold}
 * under the {@code athanor.engine.slow} category, with its time, row count and SQL.
 */
public final class SlowQueryLog implements ExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.engine.slow");

    private final long thresholdNanos;

    /** A log for statements slower than the threshold; zero turns it off. */
    public SlowQueryLog(Duration threshold) {
        this.thresholdNanos = threshold == null ? 0 : threshold.toNanos();
    }

    @Override
    public void afterExecute(ExecutionContext context, long elapsedNanos, long rowCount) {
        if (thresholdNanos > 0 && elapsedNanos > thresholdNanos && LOG.isWarnEnabled()) {
            String parameters = context.connection().engine().options().hideParameters()
                    ? "[hidden]" : context.renderedParameters();
            LOG.warn("Slow {} ({} ms, {} rows): {} {}", context.kind().name().toLowerCase(java.util.Locale.ROOT),
                    elapsedNanos / 1_000_000, rowCount, context.sql(), parameters);
        }
    }
}
