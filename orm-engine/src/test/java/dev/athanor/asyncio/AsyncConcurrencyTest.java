package dev.athanor.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.asyncio.model.Item;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Thousands of async sessions at once on a small pool: all complete, and the platform threads stay
 * bounded — by the pool-sized executor on JDK 17-20, under 100 on JDK 21+ with virtual threads.
 */
class AsyncConcurrencyTest {
    private static final int SESSIONS = 2_000;
    private static final int POOL = 10;

    /**
     * Not on SQLite: there a transaction that reads and then writes cannot upgrade its lock while
     * another connection holds one, and SQLite answers SQLITE_BUSY at once (no wait would help),
     * so ten sessions that each read then insert fail there with a synchronous API too.
     */
    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
    void twoThousandConcurrentSessionsOnAPoolOfTenCompleteWithBoundedThreads(TestDb db) {
        Engine engine = db.newEngine(EngineOptions.builder().poolSize(POOL).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(60)).build());
        try (AsyncFixture f = new AsyncFixture(engine).withTables()) {
            try (Session s = SessionFactory.builder(engine, f.registry).build().open()) {
                IntStream.rangeClosed(1, POOL).forEach(i -> s.add(new Item("seed " + i)));
                s.commit();
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int before = threads.getThreadCount();
            threads.resetPeakThreadCount();

            List<CompletableFuture<String>> sessions = IntStream.range(0, SESSIONS).mapToObj(i ->
                    f.sessions.withSession(session -> session.get(Item.class, 1 + i % POOL).thenCompose(seed -> {
                        session.add(new Item("copy of " + seed.getName()));
                        return session.commit().thenApply(ignored -> seed.getName());
                    }))).toList();
            CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new)).join();

            int peak = threads.getPeakThreadCount();
            assertThat(sessions).allMatch(done -> done.join().startsWith("seed "));
            assertThat(f.count("aio_item")).isEqualTo(SESSIONS + POOL);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(f.engine.slotsInUse()).isZero();
            if (f.engine.usesVirtualThreads()) {
                assertThat(peak).isLessThan(100);
            } else {
                long asyncThreads = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("athanor-async-")).count();
                assertThat(asyncThreads).isLessThanOrEqualTo(POOL);
                // the executor's threads, plus a few the pool and drivers start (housekeeping, timers)
                assertThat(peak - before).isLessThanOrEqualTo(POOL + 10);
            }
        } finally {
            engine.dispose();
        }
    }
}
