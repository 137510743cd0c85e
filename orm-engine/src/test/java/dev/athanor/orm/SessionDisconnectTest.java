package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.exc.OperationalError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.pool.PoolClass;
import dev.athanor.schema.Autoincrement;
import dev.athanor.sql.Sql;
import dev.athanor.testing.BackendKiller;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session whose connection died is usable again after {@code rollback()}: the caller sees the
 * disconnect error, not a closed-resource error from the rollback, and the next transaction runs
 * on a fresh pooled connection. Objects of the lost transaction end transient.
 */
class SessionDisconnectTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    @Table("sd_account")
    static class Account {
        @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
        Long id;
        @Column(length = 20)
        String owner;

        Account() {
        }

        Account(long id, String owner) {
            this.id = id;
            this.owner = owner;
        }
    }

    private static Engine engine(TestDb db) {
        return db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(2).maxOverflow(0)
                .poolTimeout(Duration.ofSeconds(5)).poolPrePing(false).build());
    }

    private static List<String> owners(TestDb db) {
        try (Connection connection = db.engine().connect()) {
            return connection.execute(Sql.text("SELECT owner FROM sd_account ORDER BY id")).<String>scalars().all();
        }
    }

    private static void kill(TestDb db, Session session, BackendKiller killer) {
        session.withConnection(connection -> killer.kill(db, connection));
    }

    private void rollbackAfterAFailedFlush(TestDb db, BackendKiller killer) {
        tables.create(db, Account.class);
        try (Engine engine = engine(db)) {
            SessionFactory sessions = SessionFactory.builder(engine, tables.registry()).build();
            Account lost = new Account(2, "lost");
            try (Session s = sessions.open()) {
                s.add(new Account(1, "committed"));
                s.commit();
                s.add(lost);
                kill(db, s, killer);
                assertThatThrownBy(s::flush).isInstanceOfSatisfying(OperationalError.class,
                        e -> assertThat(e.connectionInvalidated()).isTrue());
                s.rollback();
                assertThat(s.stateOf(lost)).isEqualTo(ObjectState.TRANSIENT);
                s.add(new Account(3, "after"));
                s.commit();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
        assertThat(owners(db)).containsExactly("committed", "after");
    }

    private void savepointRollbackAfterAFailedFlush(TestDb db, BackendKiller killer) {
        tables.create(db, Account.class);
        try (Engine engine = engine(db)) {
            SessionFactory sessions = SessionFactory.builder(engine, tables.registry()).build();
            Account outer = new Account(1, "outer");
            Account inner = new Account(2, "inner");
            try (Session s = sessions.open()) {
                s.add(outer);
                s.flush();
                Savepoint savepoint = s.beginNested();
                s.add(inner);
                kill(db, s, killer);
                assertThatThrownBy(s::flush).isInstanceOf(OperationalError.class);
                savepoint.rollback();
                assertThat(s.stateOf(inner)).isEqualTo(ObjectState.TRANSIENT);
                assertThatThrownBy(s::commit).isInstanceOf(PendingRollbackError.class); // the outer work died too
                s.rollback();
                assertThat(s.stateOf(outer)).isEqualTo(ObjectState.TRANSIENT);
                s.add(new Account(3, "after"));
                s.commit();
            }
            assertThat(engine.poolStatus().checkedOut()).isZero();
        }
        assertThat(owners(db)).containsExactly("after");
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aSessionIsUsableAfterRollbackFollowingATerminatedBackend(TestDb db) {
        rollbackAfterAFailedFlush(db, BackendKiller.POSTGRES_TERMINATE);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aSessionIsUsableAfterRollbackFollowingAnIdleInTransactionTimeout(TestDb db) {
        rollbackAfterAFailedFlush(db, BackendKiller.POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT);
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void aSessionIsUsableAfterRollbackFollowingAKilledConnection(TestDb db) {
        rollbackAfterAFailedFlush(db, BackendKiller.MARIADB_KILL);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aSessionSavepointRollsBackOnATerminatedBackendAndTheSessionRecovers(TestDb db) {
        savepointRollbackAfterAFailedFlush(db, BackendKiller.POSTGRES_TERMINATE);
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void aSessionSavepointRollsBackOnAKilledConnectionAndTheSessionRecovers(TestDb db) {
        savepointRollbackAfterAFailedFlush(db, BackendKiller.MARIADB_KILL);
    }
}
