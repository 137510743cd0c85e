package dev.athanor.asyncio;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@link AsyncEngine} and {@link AsyncConnection}: transactions, results and the executor they run on. */
class AsyncConnectionTest {
    private static final String INSERT = "INSERT INTO aio_item (id, name) VALUES (:id, :name)";

    @Test
    void operationsRunOnVirtualThreadsExactlyWhenTheJvmHasThem() {
        try (AsyncEngine engine = Athanor.createAsyncEngine("h2:///:memory:")) {
            assertThat(engine.usesVirtualThreads()).isEqualTo(Runtime.version().feature() >= 21);
            String thread = engine.connect().thenCompose(c -> c.runSync(ignored -> Thread.currentThread().getName())
                    .thenCompose(name -> c.close().thenApply(closed -> name))).join();
            assertThat(thread).startsWith("athanor-async-h2-");
        }
    }

    @Test
    void closingAnAsyncEngineMadeOverAnEngineLeavesThatEngineOpen() {
        try (Engine engine = Athanor.createEngine("h2:///:memory:")) {
            AsyncEngine.of(engine).close();
            try (var connection = engine.connect()) {
                assertThat(connection.execute(text("SELECT 1")).<Integer>scalar()).isEqualTo(1);
            }
        }
    }

    @DatabaseTest
    void engineTransactionCommitsWhenTheWorkCompletesAndRollsBackWhenItFails(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            f.engine.transaction(conn -> conn.execute(text(INSERT), List.of(Map.of("id", 1, "name", "kept"),
                    Map.of("id", 2, "name", "kept too")))).join();
            CompletableFuture<Object> failed = f.engine.transaction(conn -> conn.execute(text(INSERT),
                    Map.of("id", 3, "name", "lost")).thenApply(result -> {
                        throw new IllegalStateException("boom");
                    }));

            assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(f.count("aio_item")).isEqualTo(2);
            assertThat(f.engine.slotsInUse()).isZero();
            assertThat(f.syncEngine.poolStatus().checkedOut()).isZero();
        }
    }

    @DatabaseTest
    void aConnectionRunsStatementsInItsTransactionUntilCommit(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            AsyncConnection connection = f.engine.connect().join();
            AsyncTransaction transaction = connection.begin().join();
            connection.execute(text(INSERT), Map.of("id", 10, "name", "ten")).join();
            List<String> names = connection.<String>scalars(select(Item_.name)).join().all();
            assertThat(names).containsExactly("ten");
            transaction.commit().join();
            assertThat(transaction.isActive()).isFalse();
            connection.close().join();
            connection.close().join();

            assertThat(connection.isClosed()).isTrue();
            assertThat(f.count("aio_item")).isEqualTo(1);
            assertThat(f.engine.slotsInUse()).isZero();
            assertThatThrownBy(() -> connection.execute(text("SELECT 1")).join())
                    .hasMessageContaining("This AsyncConnection is closed");
        }
    }
}
