package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Url;
import dev.athanor.sql.TextClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Workload 10: read throughput through {@code engine.connectReadOnly()} with no replica, one and
 * two streaming replicas, {@value #THREADS} threads on loopback each checking out a read-only
 * connection per query, or per {@value #QUERIES_PER_CHECKOUT} queries (a read-only transaction). Runs against the private clusters of {@code scale-clusters.sh}
 * ({@code ATHANOR_SCALE_REPLICAS=2 … start}: primary 5440, replicas 5441 and 5444), with
 * {@code --db postgresql --url jdbc:postgresql://127.0.0.1:5440/postgres}; the table is seeded on
 * the primary and reaches the replicas by replication.
 */
public final class ReplicaReads implements Workload {
    static final int THREADS = 8;
    static final int QUERIES_PER_CHECKOUT = 10;
    private static final String PRIMARY = "postgresql://postgres@127.0.0.1:5440/postgres";
    private static final List<String> REPLICAS = List.of("postgresql://postgres@127.0.0.1:5441/postgres",
            "postgresql://postgres@127.0.0.1:5444/postgres");
    /** A range aggregate: enough work per query on the server for spreading it to matter. */
    private static final TextClause RANGE = text("SELECT count(*), max(description) FROM bench_customer"
            + " WHERE id BETWEEN :lo AND :lo + 499");
    private final List<Engine> engines = new ArrayList<>();
    private ExecutorService threads;
    private int rows;

    @Override
    public String name() {
        return "replica-reads";
    }

    @Override
    public int number() {
        return 10;
    }

    @Override
    public String title() {
        return "Read throughput with 0, 1 and 2 read replicas, " + THREADS + " threads";
    }

    @Override
    public int defaultNum() {
        return 20_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        requireScalePrimary(db);
        rows = 100_000;
        Customers.create(db);
        Customers.seed(db, rows);
        db.execute("ANALYZE " + Customers.TABLE);
        for (int replicas = 0; replicas <= REPLICAS.size(); replicas++) {
            // pre-ping on the primary too: replica pools always ping, and the comparison is of servers, not pings
            engines.add(Engine.create(Url.parse(PRIMARY), EngineOptions.builder().poolSize(THREADS).maxOverflow(0)
                    .poolPrePing(true).replicas(REPLICAS.subList(0, replicas)).build()));
        }
        for (String replica : REPLICAS) {
            awaitRows(replica);
        }
        Set<Integer> ports = new TreeSet<>();
        for (int i = 0; i < 4; i++) {
            try (Connection connection = engines.get(2).connectReadOnly()) {
                ports.add(connection.execute(text("SELECT inet_server_port()")).scalar());
            }
        }
        if (!ports.equals(Set.of(5441, 5444))) {
            throw new IllegalStateException("read-only checkouts of the 2-replica engine reached ports " + ports
                    + ", expected 5441 and 5444");
        }
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        int perThread = num / THREADS / QUERIES_PER_CHECKOUT * QUERIES_PER_CHECKOUT;
        long total = (long) perThread * THREADS;
        List<Variant> variants = new ArrayList<>();
        String[] names = {"primary-only", "1-replica", "2-replicas"};
        String[] notes = {"no replicas: connectReadOnly() falls back to the primary",
            "replica 5441 serves every read-only checkout", "replicas 5441 and 5444, round-robin per checkout"};
        for (int queries : new int[] {1, QUERIES_PER_CHECKOUT}) {
            for (int i = 0; i < names.length; i++) {
                Engine engine = engines.get(i);
                variants.add(new Variant(names[i] + "-" + queries + "q", notes[i] + "; " + queries
                        + " quer" + (queries == 1 ? "y" : "ies") + " per checkout (pool pre-ping on)", total,
                        () -> run(engine, perThread, queries)));
            }
        }
        return variants;
    }

    /**
     * {@value #THREADS} threads, each running {@code perThread} queries, {@code perCheckout} on each
     * read-only connection it checks out (one query, or a read-only transaction of several).
     */
    private long run(Engine engine, int perThread, int perCheckout) throws Exception {
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            results.add(threads.submit(() -> {
                long done = 0;
                for (int i = 0; i < perThread; i += perCheckout) {
                    try (Connection connection = engine.connectReadOnly()) {
                        for (int q = i; q < i + perCheckout; q++) {
                            long lo = 1 + (seed * 7919L + q * 104_729L) % (rows - 500);
                            Number count = (Number) connection.execute(RANGE, Map.of("lo", lo)).first().get(0);
                            done += count.longValue() == 500 ? 1 : 0;
                        }
                    }
                }
                return done;
            }));
        }
        long done = 0;
        for (Future<Long> result : results) {
            done += result.get();
        }
        return done;
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        if (threads != null) {
            threads.shutdownNow();
        }
        engines.forEach(Engine::dispose);
        engines.clear();
        Customers.drop(db);
    }

    private static void requireScalePrimary(BenchDatabase db) throws Exception {
        if (db.queryLong("SELECT inet_server_port()") != 5440) {
            throw new IllegalStateException("replica-reads runs on the scale-out primary: start the clusters with"
                    + " ATHANOR_SCALE_REPLICAS=2 orm-engine/src/test/scripts/scale-clusters.sh start and pass"
                    + " --db postgresql --url jdbc:postgresql://127.0.0.1:5440/postgres");
        }
    }

    /** Waits until the replica has the seeded table (replication, not a copy), 60 s at most. */
    private void awaitRows(String replica) throws InterruptedException {
        try (Engine engine = Engine.create(Url.parse(replica), EngineOptions.DEFAULTS)) {
            for (int attempt = 0; attempt < 600; attempt++) {
                try (Connection connection = engine.connect()) {
                    Long count = connection.execute(text("SELECT count(*) FROM bench_customer")).scalar();
                    if (count == rows) {
                        return;
                    }
                } catch (dev.athanor.exc.DBAPIError notYet) {
                    // the table has not been replayed yet
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(replica + " did not replay the " + rows + " seeded rows in 60 s");
    }
}
