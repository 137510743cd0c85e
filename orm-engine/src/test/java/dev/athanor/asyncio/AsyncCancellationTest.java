package dev.athanor.asyncio;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.asyncio.model.Item;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.engine.Result;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * Cancelling the future of a running statement stops it in the database ({@code Statement.cancel}),
 * gives the connection back, and leaves the session or connection needing a rollback.
 */
class AsyncCancellationTest {
    /**
     * Counts the billion rows of a thousand-row set joined with itself twice: minutes of work on every
     * database unless it is cancelled. (A single long recursion is no good: MariaDB stops a recursive
     * CTE after max_recursive_iterations, 1000 by default, and answers at once.)
     */
    private static final String SLOW = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r"
            + " WHERE n < 1000) SELECT COUNT(*) FROM r a, r b, r c";

    /** Counts down when the slow statement is sent. */
    private static CountDownLatch slowStatementSent(Engine engine) {
        CountDownLatch sent = new CountDownLatch(1);
        engine.addExecutionListener(new ExecutionListener() {
            @Override
            public void beforeExecute(ExecutionContext context) {
                if (context.sql().contains("WITH RECURSIVE")) {
                    sent.countDown();
                }
            }
        });
        return sent;
    }

    private static Engine privateEngine(TestDb db) {
        return db.newEngine(EngineOptions.builder().poolSize(2).maxOverflow(0).poolTimeout(Duration.ofSeconds(10))
                .build());
    }

    @DatabaseTest
    void cancellingASessionsRunningQueryStopsItReturnsTheConnectionAndNeedsRollback(TestDb db) throws Exception {
        Engine engine = privateEngine(db);
        try (AsyncFixture f = new AsyncFixture(engine).withTables()) {
            CountDownLatch sent = slowStatementSent(engine);
            AsyncSession session = f.sessions.open();
            session.add(new Item("lost with the cancel"));
            CompletableFuture<Result> slow = session.execute(text(SLOW));
            sent.await();

            assertThat(slow.cancel(true)).isTrue();
            assertThatThrownBy(slow::join).isInstanceOf(CancellationException.class);
            CompletableFuture<Item> next = session.get(Item.class, 1);
            assertThatThrownBy(next::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("execute() was cancelled while it ran; call rollback()");
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(f.engine.slotsInUse()).isZero();

            session.rollback().join();
            session.add(new Item("after the rollback"));
            session.commit().join();
            assertThat(session.<Item>scalars(select(Item.class)).join().all()).extracting(Item::getName)
                    .containsExactly("after the rollback");
            session.close().join();
            assertThat(f.count("aio_item")).isEqualTo(1);
            assertThat(engine.poolStatus().checkedOut()).isZero();
        } finally {
            engine.dispose();
        }
    }

    @DatabaseTest
    void aConnectionWhoseStatementTimedOutWorksAgainAfterRollback(TestDb db) throws Exception {
        Engine engine = privateEngine(db);
        try (AsyncFixture f = new AsyncFixture(engine).withTables()) {
            CountDownLatch sent = slowStatementSent(engine);
            AsyncConnection connection = f.engine.connect().join();
            CompletableFuture<Result> slow = connection.execute(text(SLOW));
            sent.await();

            slow.completeExceptionally(new java.util.concurrent.TimeoutException("gave up"));
            assertThatThrownBy(slow::join).hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
            assertThatThrownBy(() -> connection.execute(text("SELECT 1")).join())
                    .hasCauseInstanceOf(PendingRollbackError.class);
            connection.rollback().join();
            connection.execute(text("INSERT INTO aio_item (id, name) VALUES (7, 'seven')")).join();
            connection.commit().join();
            connection.close().join();

            assertThat(f.count("aio_item")).isEqualTo(1);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(f.engine.slotsInUse()).isZero();
        } finally {
            engine.dispose();
        }
    }
}
