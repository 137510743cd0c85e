package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Transaction;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.model.Department;
import dev.athanor.orm.model.Models;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Savepoints in both session modes, the autoflush switches, and the one-thread-at-a-time guard. */
class SessionFlushAndSavepointTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory setUp(TestDb testDb) {
        return tables.create(testDb, Models.registry());
    }

    private static List<String> departmentNames(Connection connection) {
        return connection.execute(Sql.text("SELECT name FROM department ORDER BY name")).<String>scalars().all();
    }

    private static List<String> departmentNames(SessionFactory sessions) {
        try (Connection connection = sessions.engine().connect()) {
            return departmentNames(connection);
        }
    }

    @DatabaseTest
    void aSavepointOfASessionJoinedToAConnectionRollsBackItsRows(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Connection connection = testDb.engine().connect()) {
            Transaction outer = connection.begin();
            try (Session s = sessions.open(connection)) {
                s.add(new Department("Kept"));
                s.flush();
                Savepoint savepoint = s.beginNested();
                s.add(new Department("Dropped"));
                s.flush();
                savepoint.rollback();
                s.commit();
            }
            assertThat(departmentNames(connection)).containsExactly("Kept");
            outer.rollback();
        }
        assertThat(departmentNames(sessions)).isEmpty();
    }

    @DatabaseTest
    void aReleasedSavepointOfAJoinedSessionKeepsItsRowsInTheOuterTransaction(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Connection connection = testDb.engine().connect()) {
            Transaction outer = connection.begin();
            try (Session s = sessions.open(connection)) {
                s.nested(n -> {
                    n.add(new Department("Inner"));
                    return null;
                });
                s.commit();
            }
            assertThat(departmentNames(connection)).containsExactly("Inner");
            outer.rollback();
        }
        assertThat(departmentNames(sessions)).isEmpty();
    }

    @DatabaseTest
    void aSavepointBegunBeforeTheSessionHasAConnectionStillRollsBackItsRows(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Savepoint savepoint = s.beginNested();
            s.add(new Department("Dropped"));
            s.flush();
            savepoint.rollback();
            s.add(new Department("Kept"));
            s.commit();
        }
        assertThat(departmentNames(sessions)).containsExactly("Kept");
    }

    @DatabaseTest
    void aSessionWithAutoflushOffQueriesOnlyWhatWasFlushed(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            assertThat(s.isAutoflush()).isTrue();
            s.setAutoflush(false);
            s.add(new Department("Unflushed"));
            assertThat(s.scalars(select(EntityTable.of(Department.class))).all()).isEmpty();
            assertThat(s.newObjects()).hasSize(1);
            s.setAutoflush(true);
            assertThat(s.scalars(select(EntityTable.of(Department.class))).all()).hasSize(1);
        }
    }

    @DatabaseTest
    void aSessionStartsWithItsFactorysAutoflushAndStillFlushesOnCommit(TestDb testDb) {
        setUp(testDb);
        SessionFactory sessions = SessionFactory.builder(testDb.engine(), tables.registry()).autoflush(false).build();
        try (Session s = sessions.open()) {
            assertThat(s.isAutoflush()).isFalse();
            s.add(new Department("Committed"));
            assertThat(s.scalars(select(EntityTable.of(Department.class))).all()).isEmpty();
            s.commit();
        }
        assertThat(departmentNames(sessions)).containsExactly("Committed");
    }

    @DatabaseTest
    void queriesInsideANoAutoflushBlockDoNotFlushButQueriesAfterItDo(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Department pending = new Department("Pending");
            s.add(pending);
            List<Department> inside = s.noAutoflush(() ->
                    s.<Department>scalars(select(EntityTable.of(Department.class))).all());
            assertThat(inside).isEmpty();
            assertThat(s.stateOf(pending)).isEqualTo(ObjectState.PENDING);
            assertThat(s.<Department>scalars(select(EntityTable.of(Department.class))).all()).containsExactly(pending);
            assertThat(s.stateOf(pending)).isEqualTo(ObjectState.PERSISTENT);
        }
    }

    @DatabaseTest(only = TestDatabase.H2)
    void aSecondThreadEnteringASessionInUseGetsAnErrorNamingBothThreads(TestDb testDb) throws Exception {
        SessionFactory sessions = setUp(testDb);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Session s = sessions.open()) {
            CompletableFuture<Void> owner = CompletableFuture.runAsync(() -> s.noAutoflush(() -> {
                inside.countDown();
                await(release);
                return null;
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                assertThatThrownBy(() -> s.add(new Department("Intruder")))
                        .isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("is in use by thread")
                        .hasMessageContaining("called from thread '" + Thread.currentThread().getName() + "'")
                        .hasMessageContaining("open one per thread");
            } finally {
                release.countDown();
                owner.get(10, TimeUnit.SECONDS);
            }
            s.add(new Department("After"));
            assertThat(s.newObjects()).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test thread never released the session");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
