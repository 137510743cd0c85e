package dev.athanor.asyncio;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The async layer over an engine in {@code AUTOCOMMIT} isolation: it runs the same connections,
 * so each statement is committed as it runs, a rollback undoes nothing, and a session's streamed
 * query still reads every row (on PostgreSQL through a transaction of its own while the cursor is open).
 */
class AsyncAutocommitTest {
    private static final String INSERT = "INSERT INTO aio_item (id, name) VALUES (:id, :name)";

    private static Engine autocommitEngine(TestDb db) {
        return db.newEngine(EngineOptions.builder().isolationLevel("AUTOCOMMIT").build());
    }

    @DatabaseTest
    void anAsyncConnectionsWritesAreCommittedAsTheyRunAndRollbackUndoesNothing(TestDb db) {
        try (Engine sync = autocommitEngine(db); AsyncFixture f = new AsyncFixture(sync).withTables()) {
            AsyncConnection connection = f.engine.connect().join();
            connection.execute(text(INSERT), Map.of("id", 1, "name", "first")).join();
            assertThat(f.count("aio_item")).as("seen by another connection before any commit").isEqualTo(1);
            connection.rollback().join();
            connection.execute(text(INSERT), Map.of("id", 2, "name", "second")).join();
            connection.close().join();
            assertThat(f.count("aio_item")).as("closing without a commit keeps both").isEqualTo(2);
            assertThat(sync.poolStatus().checkedOut()).isZero();
        }
    }

    @DatabaseTest
    void anAsyncSessionsFlushIsCommittedAtOnceAndItsStreamReadsEveryRow(TestDb db) {
        try (Engine sync = autocommitEngine(db); AsyncFixture f = new AsyncFixture(sync).withTables()) {
            AsyncSession session = f.sessions.open();
            IntStream.rangeClosed(1, 25).forEach(i -> session.add(new Item("item %02d".formatted(i))));
            session.flush().join();
            assertThat(f.count("aio_item")).as("flushed rows are committed rows").isEqualTo(25);
            session.rollback().join();
            assertThat(f.count("aio_item")).as("the session's rollback cannot take them back").isEqualTo(25);

            RecordingSubscriber<Item> items = new RecordingSubscriber<>(s -> { });
            session.<Item>stream(select(Item.class).orderBy(Item_.name), 10).subscribe(items);
            items.subscribed.join();
            items.request(Long.MAX_VALUE);
            List<Item> received = items.done.join();
            assertThat(received).extracting(Item::getName).hasSize(25).startsWith("item 01").endsWith("item 25");
            session.close().join();
            assertThat(sync.poolStatus().checkedOut()).isZero();
        }
    }
}
