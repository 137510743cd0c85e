package dev.athanor.autoconfigure.metrics;

import dev.athanor.engine.Engine;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.DBAPIError;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;

/**
 * Meters of one engine: {@code athanor.statements} (a timer tagged with the statement
 * {@code kind} and its {@code outcome}) and {@code athanor.compile.cache} (a counter of compile
 * cache lookups tagged {@code result} = hit or miss).
 */
public final class AthanorEngineMetrics implements MeterBinder, DisposableBean {
    private final Engine engine;
    private final List<ListenerRegistry.Registration> registrations = new ArrayList<>();

    /** Meters for the engine, recorded once bound to a registry. */
    public AthanorEngineMetrics(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("athanor.compile.cache", engine, e -> e.compileCache().hits())
                .tag("result", "hit").description("Statement compilations served from the compile cache")
                .register(registry);
        FunctionCounter.builder("athanor.compile.cache", engine, e -> e.compileCache().misses())
                .tag("result", "miss").description("Statements compiled because the cache did not hold them")
                .register(registry);
        synchronized (registrations) {
            registrations.add(engine.addExecutionListener(new StatementTimer(registry)));
        }
    }

    @Override
    public void destroy() {
        synchronized (registrations) {
            registrations.forEach(ListenerRegistry.Registration::close);
            registrations.clear();
        }
    }

    /** Times each statement from just before it is sent until the driver answers or fails. */
    private static final class StatementTimer implements ExecutionListener {
        private final MeterRegistry registry;
        private final Map<ExecutionContext, Long> started = new ConcurrentHashMap<>();

        StatementTimer(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void beforeExecute(ExecutionContext context) {
            started.put(context, System.nanoTime());
        }

        @Override
        public void afterExecute(ExecutionContext context, long elapsedNanos, long rowCount) {
            started.remove(context);
            timer(context, "success").record(elapsedNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void onError(ExecutionContext context, DBAPIError error) {
            Long start = started.remove(context);
            long elapsed = start == null ? 0 : System.nanoTime() - start;
            timer(context, "error").record(elapsed, TimeUnit.NANOSECONDS);
        }

        private Timer timer(ExecutionContext context, String outcome) {
            return Timer.builder("athanor.statements")
                    .description("Statements sent to the database")
                    .tag("kind", context.kind().name().toLowerCase(Locale.ROOT))
                    .tag("outcome", outcome)
                    .register(registry);
        }
    }
}
