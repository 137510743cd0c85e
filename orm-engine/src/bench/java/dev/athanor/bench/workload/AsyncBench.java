package dev.athanor.bench.workload;

import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.bench.BenchDatabase;

/** The async façade over a bench database's engine and session factory (one pool), for the async workloads. */
final class AsyncBench {
    private AsyncEngine engine;
    private AsyncSessionFactory sessions;

    void open(BenchDatabase db) {
        engine = AsyncEngine.of(db.engine());
        sessions = AsyncSessionFactory.of(engine, db.orm());
    }

    AsyncSessionFactory sessions() {
        return sessions;
    }

    void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
