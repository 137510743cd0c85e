package dev.athanor.asyncio;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Row;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** Streams as {@link java.util.concurrent.Flow.Publisher}s: back-pressure, completion and cancellation. */
class AsyncStreamTest {
    private static final int ROWS = 50;

    private static AsyncFixture withItems(Engine engine) {
        AsyncFixture f = new AsyncFixture(engine).withTables();
        try (Session s = SessionFactory.builder(engine, f.registry).build().open()) {
            IntStream.rangeClosed(1, ROWS).forEach(i -> s.add(new Item(String.format("item %02d", i))));
            s.commit();
        }
        return f;
    }

    private static Engine privateEngine(TestDb db) {
        return privateEngine(db, 2);
    }

    private static Engine privateEngine(TestDb db, int connections) {
        return db.newEngine(EngineOptions.builder().poolSize(connections).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(10)).build());
    }

    @DatabaseTest
    void aSessionStreamDeliversNoMoreThanRequestedAndCompletesInOrder(TestDb db) {
        Engine engine = privateEngine(db);
        try (AsyncFixture f = withItems(engine)) {
            AsyncSession session = f.sessions.open();
            RecordingSubscriber<Item> items = new RecordingSubscriber<>(s -> {
                if (s.received.size() % 7 == 0) {
                    s.request(7); // a subscriber that asks for the next batch only when it has used this one
                }
            });
            session.<Item>stream(select(Item.class).orderBy(Item_.name), 10).subscribe(items);
            items.subscribed.join();
            items.request(7);

            List<Item> received = items.done.join();
            assertThat(items.overran()).isFalse();
            assertThat(received).extracting(Item::getName).hasSize(ROWS).startsWith("item 01", "item 02")
                    .endsWith("item 50");
            session.commit().join();
            session.close().join();
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(f.engine.slotsInUse()).isZero();
        } finally {
            engine.dispose();
        }
    }

    @DatabaseTest
    void cancellingASessionStreamClosesItsCursorAndTheSessionGoesOn(TestDb db) {
        Engine engine = privateEngine(db);
        try (AsyncFixture f = withItems(engine)) {
            AsyncSession session = f.sessions.open();
            RecordingSubscriber<Item> items = new RecordingSubscriber<>(s -> {
                if (s.received.size() == 5) {
                    s.cancel();
                }
            });
            session.<Item>stream(select(Item.class).orderBy(Item_.name), 10).subscribe(items);
            items.subscribed.join();
            items.request(20);
            items.cancelled.join();

            long count = session.<Long>scalar(select(dev.athanor.sql.Sql.func.count(Item_.id))).join();
            assertThat(items.received).extracting(Item::getName).containsExactly("item 01", "item 02", "item 03",
                    "item 04", "item 05");
            assertThat(items.done).isNotDone();
            assertThat(count).isEqualTo(ROWS);
            session.close().join();
            assertThat(engine.poolStatus().checkedOut()).isZero();
        } finally {
            engine.dispose();
        }
    }

    @DatabaseTest
    void aFailingStreamSignalsTheErrorAndReturnsItsConnection(TestDb db) {
        Engine engine = privateEngine(db, 1);
        try (AsyncFixture f = withItems(engine)) {
            RecordingSubscriber<Row> rows = new RecordingSubscriber<>(s -> { });
            f.engine.stream(dev.athanor.sql.Sql.text("SELECT no_such_column FROM aio_item"), 8).subscribe(rows);
            rows.subscribed.join();
            rows.request(5);

            assertThatThrownBy(rows.done::join).hasCauseInstanceOf(dev.athanor.exc.DBAPIError.class)
                    .hasMessageContaining("no_such_column");
            assertThat(rows.received).isEmpty();
            assertThat(f.engine.connect().thenCompose(c -> c.<Long>scalar(select(dev.athanor.sql.Sql.func.count(
                    Item_.id))).thenCompose(n -> c.close().thenApply(ignored -> n))).join()).isEqualTo(ROWS);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(f.engine.slotsInUse()).isZero();
        } finally {
            engine.dispose();
        }
    }

    @DatabaseTest
    void anEngineStreamReturnsItsConnectionWhenItCompletesOrIsCancelled(TestDb db) {
        Engine engine = privateEngine(db, 1);
        try (AsyncFixture f = withItems(engine)) {
            RecordingSubscriber<Row> all = new RecordingSubscriber<>(s -> { });
            f.engine.stream(select(Item_.name).orderBy(Item_.name), 8).subscribe(all);
            all.subscribed.join();
            all.request(Long.MAX_VALUE);
            assertThat(all.done.join()).hasSize(ROWS);
            assertThat(engine.poolStatus().checkedOut()).isZero();

            RecordingSubscriber<Row> some = new RecordingSubscriber<>(s -> {
                if (s.received.size() == 3) {
                    s.cancel();
                }
            });
            f.engine.stream(select(Item_.name).orderBy(Item_.name), 8).subscribe(some);
            some.subscribed.join();
            some.request(10);
            some.cancelled.join();
            // a pool of one: the next connection is the one the cancelled stream gave back
            assertThat(f.engine.connect().thenCompose(c -> c.<Long>scalar(select(dev.athanor.sql.Sql.func.count(Item_.id))
).thenCompose(n -> c.close().thenApply(ignored -> n))).join()).isEqualTo(ROWS);
            assertThat(some.received).extracting(row -> row.get(0)).containsExactly("item 01", "item 02", "item 03");
            assertThat(f.engine.slotsInUse()).isZero();
        } finally {
            engine.dispose();
        }
    }
}
