package dev.athanor.bench.workload;

import dev.athanor.asyncio.AsyncSession;
import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.orm.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Workload 9a: the cost of the async layer on primary-key lookups — the same {@code session.get}
 * through {@link Session} and through {@link AsyncSession}, one at a time (each async lookup pays
 * the hand-over to the engine's executor and back) and four sessions at once (the pool's size: the
 * async sessions wait for connections in a queue, the synchronous ones on four threads of their own).
 */
public final class AsyncPrimaryKeyLookup implements Workload {
    private static final int SESSIONS = 4;
    private final AsyncBench async = new AsyncBench();
    private long[] ids;

    @Override
    public String name() {
        return "async-pk-lookup";
    }

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String title() {
        return "Async layer: primary-key lookups, Session against AsyncSession";
    }

    @Override
    public int defaultNum() {
        return 10_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        ids = Customers.createForLookups(db, num);
        async.open(db);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        async.close();
        Customers.drop(db);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("orm-get", "one Session, get(OrmCustomer, id) then expungeAll() per id", num,
                () -> syncLookups(db, 0, ids.length)));
        variants.add(new Variant("async-get", "one AsyncSession, get(OrmCustomer, id).join() then expungeAll()"
                + " per id: one executor round trip per lookup (alloc: the calling thread only)", num,
                this::asyncSequential));
        variants.add(new Variant("orm-get-4-threads", "4 platform threads, a Session each, a quarter of the ids"
                + " each (alloc: the calling thread only)", num, () -> syncConcurrent(db)));
        variants.add(new Variant("async-get-4-sessions", "4 AsyncSessions in flight from the calling thread, each"
                + " chaining its quarter of the lookups with thenCompose (alloc: the calling thread"
                + " only)", num, this::asyncConcurrent));
        return variants;
    }

    private long syncLookups(BenchDatabase db, int from, int to) {
        long found = 0;
        try (Session session = db.orm().open()) {
            for (int i = from; i < to; i++) {
                found += check(session.get(OrmCustomer.class, ids[i]), ids[i]);
                session.expungeAll();
            }
            session.commit();
        }
        return found;
    }

    private long syncConcurrent(BenchDatabase db) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int part = 0; part < SESSIONS; part++) {
                int from = part * ids.length / SESSIONS;
                int to = (part + 1) * ids.length / SESSIONS;
                parts.add(threads.submit(() -> syncLookups(db, from, to)));
            }
            long found = 0;
            for (Future<Long> part : parts) {
                found += part.get();
            }
            return found;
        } finally {
            threads.shutdown();
        }
    }

    /** Waits for each lookup on the calling thread, as code that is sequential but async underneath does. */
    private long asyncSequential() {
        AsyncSession session = async.sessions().open();
        try {
            long found = 0;
            for (long id : ids) {
                found += check(session.get(OrmCustomer.class, id).join(), id);
                session.expungeAll();
            }
            session.commit().join();
            return found;
        } finally {
            session.close().join();
        }
    }

    /** Looks ids[from..to) up one after another in one async session, chained, never blocking a thread. */
    private CompletableFuture<Long> asyncChained(int from, int to) {
        AsyncSession session = async.sessions().open();
        CompletableFuture<Long> chain = CompletableFuture.completedFuture(0L);
        for (int i = from; i < to; i++) {
            long id = ids[i];
            chain = chain.thenCompose(found -> session.get(OrmCustomer.class, id).thenApply(customer -> {
                session.expungeAll();
                return found + check(customer, id);
            }));
        }
        return chain.thenCompose(found -> session.commit().thenApply(ignored -> found))
                .thenCompose(found -> session.close().thenApply(ignored -> found));
    }

    private long asyncConcurrent() {
        List<CompletableFuture<Long>> parts = new ArrayList<>();
        for (int part = 0; part < SESSIONS; part++) {
            parts.add(asyncChained(part * ids.length / SESSIONS, (part + 1) * ids.length / SESSIONS));
        }
        return parts.stream().mapToLong(CompletableFuture::join).sum();
    }

    private static long check(OrmCustomer customer, long id) {
        return customer.getId() == id && customer.getName() != null ? 1 : 0;
    }
}
