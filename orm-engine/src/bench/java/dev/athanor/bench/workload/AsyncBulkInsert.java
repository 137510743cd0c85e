package dev.athanor.bench.workload;

import dev.athanor.asyncio.AsyncSession;
import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.orm.Session;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Sql;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Workload 9b: the cost of the async layer on a bulk insert — {@code execute(insert(OrmCustomer),
 * 1000 maps)} per chunk through {@link Session} and through {@link AsyncSession}, in one
 * transaction. The JDBC work per chunk is large, so this shows the layer's fixed cost per operation
 * against a heavy one.
 */
public final class AsyncBulkInsert implements Workload {
    private final AsyncBench async = new AsyncBench();

    @Override
    public String name() {
        return "async-insert";
    }

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String title() {
        return "Async layer: bulk insert, 1000 rows per execute, Session against AsyncSession";
    }

    @Override
    public int defaultNum() {
        return 100_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        Customers.create(db);
        async.open(db);
    }

    @Override
    public void beforePass(BenchDatabase db) throws Exception {
        Customers.truncate(db);
    }

    @Override
    public void afterPass(BenchDatabase db, Variant variant) throws Exception {
        Customers.requireCount(db, variant);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        async.close();
        Customers.drop(db);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        return List.of(
                new Variant("orm-bulk-insert-maps", "Session.execute(insert(OrmCustomer.class), 1000 maps) per chunk,"
                        + " one commit", num, () -> sync(db, num)),
                new Variant("async-bulk-insert-maps", "AsyncSession.execute(insert(OrmCustomer.class), 1000 maps)"
                        + " per chunk chained with thenCompose, one commit (alloc: the calling thread only)", num,
                        () -> async(num)));
    }

    private static long sync(BenchDatabase db, int num) {
        Insert insert = Sql.insert(OrmCustomer.class);
        try (Session session = db.orm().open()) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                session.execute(insert, Customers.chunk(start, num));
            }
            session.commit();
        }
        return num;
    }

    private long async(int num) {
        Insert insert = Sql.insert(OrmCustomer.class);
        return async.sessions().withSession(session -> {
            CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
            for (int start = 0; start < num; start += Customers.CHUNK) {
                int chunk = start;
                chain = chain.thenCompose(ignored -> session.execute(insert, Customers.chunk(chunk, num)));
            }
            return chain.thenCompose(ignored -> session.commit()).thenApply(ignored -> (long) num);
        }).join();
    }
}
