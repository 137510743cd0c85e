package dev.athanor.autoconfigure.metrics;

import dev.athanor.event.ListenerRegistry;
import dev.athanor.orm.RelationshipProperty;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;

/**
 * Session meters: {@code athanor.session.flush} (a timer per flush that wrote something),
 * {@code athanor.session.flush.rows} (rows written by flushes, tagged {@code operation} = insert,
 * update or delete), {@code athanor.sessions.active} (sessions the factory opened and that are not
 * closed yet, whoever opened them) and {@code athanor.lazy.loads} (lazy SELECT loads, tagged
 * {@code relationship} = {@code "Author.books"}).
 */
public final class AthanorSessionMetrics implements MeterBinder, DisposableBean {
    private final SessionFactory factory;
    private final ThreadLocal<Flush> flushing = new ThreadLocal<>();
    private final List<ListenerRegistry.Registration> registrations = new ArrayList<>();
    /**
     * The sessions seen opening and not closed yet. Counting only those (rather than open minus
     * close) keeps the gauge exact for sessions opened before this bean listened; weak keys let an
     * abandoned, never-closed session be collected.
     */
    private final Set<Session> open = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** Meters for the factory's sessions; starts tracking open sessions at once. */
    public AthanorSessionMetrics(SessionFactory factory) {
        this.factory = factory;
        registrations.add(factory.addListener(new SessionListener() {
            @Override
            public void afterOpen(Session session) {
                open.add(session);
            }

            @Override
            public void afterClose(Session session) {
                open.remove(session);
            }
        }));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("athanor.sessions.active", open, Set::size)
                .description("Sessions opened by the session factory and not closed yet")
                .register(registry);
        Timer flushTimer = Timer.builder("athanor.session.flush")
                .description("Session flushes").register(registry);
        synchronized (registrations) {
            registrations.add(factory.addListener(new FlushRecorder(registry, flushTimer)));
            registrations.add(factory.addListener(new LazyLoadCounter(registry)));
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

    /** Counts lazy SELECT loads by relationship, the N+1 signal. */
    private static final class LazyLoadCounter implements SessionListener {
        private final MeterRegistry registry;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        LazyLoadCounter(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void lazyLoad(Session session, RelationshipProperty relationship, Object owner) {
            counters.computeIfAbsent(relationship.qualifiedName(), name -> Counter.builder("athanor.lazy.loads")
                    .description("Relationships loaded lazily, one SELECT each")
                    .tag("relationship", name).register(registry)).increment();
        }
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
