package dev.athanor.asyncio;

import static dev.athanor.sql.Sql.select;

import dev.athanor.Athanor;
import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.engine.EngineOptions;
import dev.athanor.orm.Registry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;

/**
 * Run by {@link AsyncStreamMemoryTest} in a JVM with a 64 MB heap: streams every {@link Item} of a
 * database through an {@link AsyncSession} to a slow subscriber, which asks for the next batch from
 * its own thread only after a pause, and prints how many rows came and the sum of their keys.
 */
final class StreamMain {
    private static final int BATCH = 500;

    private StreamMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (AsyncEngine engine = Athanor.createAsyncEngine(args[0],
                EngineOptions.builder().poolSize(2).maxOverflow(0).build())) {
            AsyncSession session = AsyncSessionFactory.builder(engine, Registry.of(Item.class)).expireOnCommit(false)
                    .build().open();
            SlowSubscriber subscriber = new SlowSubscriber();
            session.<Item>stream(select(Item.class).orderBy(Item_.id), 1000).subscribe(subscriber);
            while (!subscriber.done.isDone()) {
                subscriber.batchUsed.acquire();
                Thread.sleep(1); // the slow part: the publisher holds no thread meanwhile
                subscriber.subscription.request(BATCH);
            }
            long[] counts = subscriber.done.join();
            session.close().join();
            System.out.println("streamed " + counts[0] + " rows, id sum " + counts[1] + ", slots in use "
                    + engine.slotsInUse());
        }
    }

    private static final class SlowSubscriber implements Flow.Subscriber<Item> {
        final CompletableFuture<long[]> done = new CompletableFuture<>();
        final Semaphore batchUsed = new Semaphore(1);
        volatile Flow.Subscription subscription;
        private long rows;
        private long sum;

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
        }

        @Override
        public void onNext(Item item) {
            rows++;
            sum += item.getId();
            if (rows % BATCH == 0) {
                batchUsed.release();
            }
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
            batchUsed.release();
        }

        @Override
        public void onComplete() {
            done.complete(new long[] {rows, sum});
            batchUsed.release();
        }
    }
}
