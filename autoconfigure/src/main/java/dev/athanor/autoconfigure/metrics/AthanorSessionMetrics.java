package dev.athanor.autoconfigure.metrics;

import dev.athanor.autoconfigure.transaction.ActiveSessions;
import dev.athanor.event.ListenerRegistry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;

/**
 * Session meters: {@code athanor.session.flush} (a timer per flush that wrote something),
 * {@code athanor.session.flush.rows} (rows written by flushes, tagged {@code operation} = insert,
 * update or delete) and {@code athanor.sessions.active} (sessions the Spring integration holds
 * open).
 */
public final class AthanorSessionMetrics implements MeterBinder, DisposableBean {
    private final SessionFactory factory;
    private final ActiveSessions activeSessions;
    private final ThreadLocal<Flush> flushing = new ThreadLocal<>();
    private final List<ListenerRegistry.Registration> registrations = new ArrayList<>();

    /** Meters for the factory's sessions; {@code activeSessions} may be null without transactions. */
    public AthanorSessionMetrics(SessionFactory factory, ActiveSessions activeSessions) {
        this.factory = factory;
        this.activeSessions = activeSessions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (activeSessions != null) {
            Gauge.builder("athanor.sessions.active", activeSessions, ActiveSessions::count)
                    .description("Sessions opened for transactions and requests and not closed yet")
                    .register(registry);
        }
        Timer flushTimer = Timer.builder("athanor.session.flush")
                .description("Session flushes").register(registry);
        synchronized (registrations) {
            registrations.add(factory.addListener(new FlushRecorder(registry, flushTimer)));
        }
    }

    @Override
    public void destroy() {
        synchronized (registrations) {
            registrations.forEach(ListenerRegistry.Registration::close);
            registrations.clear();
        }
    }

    /** A flush in progress: when it began and how many objects it is about to write. */
    private record Flush(Timer.Sample sample, int inserts, int updates, int deletes) {
    }

    /** Times each flush and counts the objects it wrote, from beforeFlush to afterFlush. */
    private final class FlushRecorder implements SessionListener {
        private final MeterRegistry registry;
        private final Timer timer;

        FlushRecorder(MeterRegistry registry, Timer timer) {
            this.registry = registry;
            this.timer = timer;
        }

        @Override
        public void beforeFlush(Session session) {
            flushing.set(new Flush(Timer.start(), session.newObjects().size(), session.dirty().size(),
                    session.deleted().size()));
        }

        @Override
        public void afterFlush(Session session) {
            Flush flush = flushing.get();
            flushing.remove();
            if (flush != null) {
                flush.sample().stop(timer);
                rows("insert", flush.inserts());
                rows("update", flush.updates());
                rows("delete", flush.deletes());
            }
        }

        private void rows(String operation, int count) {
            if (count > 0) {
                Counter.builder("athanor.session.flush.rows").description("Rows written by session flushes")
                        .tag("operation", operation).register(registry).increment(count);
            }
        }

        @Override
        public void afterCommit(Session session) {
            flushing.remove();
        }

        @Override
        public void afterRollback(Session session) {
            flushing.remove();
        }
    }
}
