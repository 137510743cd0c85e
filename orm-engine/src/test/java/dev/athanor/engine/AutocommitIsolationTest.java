package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.dialect.Dialects;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.DBAPIError;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.pool.PoolClass;
import dev.athanor.testing.BackendKiller;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code AUTOCOMMIT} isolation level (SQLAlchemy's {@code isolation_level="AUTOCOMMIT"}): the
 * driver commits each statement as it runs, so another connection sees a write at once,
 * {@code commit()} and {@code rollback()} send nothing, a failed statement does not stop the next
 * one, and a SAVEPOINT is refused. Every pool class and an application's DataSource honour it.
 */
class AutocommitIsolationTest {
    private static final String TABLE = "autocommit_note";

    private static Engine autocommitEngine(TestDb db) {
        return db.newEngine(EngineOptions.builder().isolationLevel("autocommit").build());
    }

    /**
     * The test's table on the engine's database (an engine of its own has a database of its own on
     * H2 and SQLite, so everything here goes through it).
     */
    private static void createTable(Engine engine) {
        try (Connection connection = engine.connect()) {
            connection.executeRaw("DROP TABLE IF EXISTS " + TABLE);
            connection.executeRaw("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY, body VARCHAR(20))");
            connection.commit(); // sends nothing in AUTOCOMMIT isolation
        }
    }

    private static void dropTable(Engine engine) {
        try (Connection connection = engine.connect()) {
            connection.executeRaw("DROP TABLE " + TABLE);
            connection.commit();
        }
    }

    /** The rows as another connection sees them: only what was committed. */
    private static long rows(Engine engine) {
        try (Connection connection = engine.connect()) {
            return connection.execute(text("SELECT COUNT(*) FROM " + TABLE)).<Number>scalar().longValue();
        }
    }

    private static void insert(Connection connection, int id) {
        connection.execute(text("INSERT INTO " + TABLE + " (id, body) VALUES (:id, :body)"),
                Map.of("id", id, "body", "note " + id));
    }

    @DatabaseTest
    void eachStatementIsCommittedAsItRunsAndRollbackUndoesNothing(TestDb db) throws SQLException {
        try (Engine engine = autocommitEngine(db)) {
            createTable(engine);
            try (Connection connection = engine.connect()) {
                assertThat(engine.isAutocommit()).isTrue();
                assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
                insert(connection, 1);
                assertThat(rows(engine)).as("seen by another connection before any commit").isEqualTo(1);
                connection.rollback();
                assertThat(rows(engine)).as("a rollback has nothing to undo").isEqualTo(1);
                insert(connection, 2);
                connection.commit();
                insert(connection, 3);
            }
            assertThat(rows(engine)).as("closing does not roll back either").isEqualTo(3);
            dropTable(engine);
        }
    }

    @DatabaseTest
    void aFailedStatementDoesNotStopTheNextOne(TestDb db) {
        try (Engine engine = autocommitEngine(db)) {
            createTable(engine);
            try (Connection connection = engine.connect()) {
                insert(connection, 1);
                assertThatThrownBy(() -> insert(connection, 1)).isInstanceOf(IntegrityError.class);
                // in a transaction PostgreSQL would now refuse everything until a rollback
                insert(connection, 2);
            }
            assertThat(rows(engine)).isEqualTo(2);
            dropTable(engine);
        }
    }

    @DatabaseTest
    void aSavepointIsRefusedNamingTheIsolationLevel(TestDb db) {
        try (Engine engine = autocommitEngine(db)) {
            createTable(engine);
            try (Connection connection = engine.connect()) {
                insert(connection, 1);
                assertThatThrownBy(connection::beginNested)
                        .isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("SAVEPOINT needs a database transaction")
                        .hasMessageContaining("AUTOCOMMIT");
                insert(connection, 2);
            }
            assertThat(rows(engine)).isEqualTo(2);
            dropTable(engine);
        }
    }

    @DatabaseTest
    void theEnginesDataSourceViewGivesConnectionsBackWithoutARollback(TestDb db) throws SQLException {
        try (Engine engine = autocommitEngine(db)) {
            createTable(engine);
            try (java.sql.Connection jdbc = engine.pool().dataSource().getConnection();
                 var statement = jdbc.createStatement()) {
                statement.executeUpdate("INSERT INTO " + TABLE + " (id, body) VALUES (1, 'jdbc')");
            }
            try (Connection connection = engine.connect()) {
                insert(connection, 2);
            }
            assertThat(rows(engine)).isEqualTo(2);
            dropTable(engine);
        }
    }

    /**
     * PostgreSQL's driver streams only inside a transaction (in auto-commit mode it reads the whole
     * result at once): a streamed query opens one, whose portal the server lists in
     * {@code pg_cursors}, and commits it when its cursor closes.
     */
    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aStreamedQueryOnPostgresqlReadsThroughAServerCursorInATransactionOfItsOwn(TestDb db) throws SQLException {
        try (Engine engine = autocommitEngine(db); Connection connection = engine.connect()) {
            Result result = connection.execute(text("SELECT g FROM generate_series(1, 100000) AS g"), Map.of(),
                    ExecutionOptions.yieldPer(100));
            Iterator<Row> rows = result.iterator();
            assertThat(rows.next().get(0)).isEqualTo(1);
            assertThat(connection.jdbcConnection().getAutoCommit()).isFalse();
            try (var statement = connection.jdbcConnection().createStatement();
                 var cursors = statement.executeQuery("SELECT count(*) FROM pg_cursors")) {
                cursors.next();
                assertThat(cursors.getInt(1)).as("the result is read through a portal").isPositive();
            }
            long read = 1;
            while (rows.hasNext()) {
                rows.next();
                read++;
            }
            assertThat(read).isEqualTo(100_000);
            assertThat(connection.jdbcConnection().getAutoCommit()).as("back once the cursor closed").isTrue();
        }
    }

    /** What PostgreSQL itself says about a connection after a read: no transaction left open. */
    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aReadLeavesNoTransactionOpenOnTheServer(TestDb db) {
        String stateOf = "SELECT state FROM pg_stat_activity WHERE pid = :pid";
        try (Engine engine = autocommitEngine(db); Connection reader = engine.connect();
             Connection observer = db.engine().connect()) {
            Object pid = reader.execute(text("SELECT pg_backend_pid()")).scalar();
            assertThat(observer.execute(text(stateOf), Map.of("pid", pid)).<String>scalar()).isEqualTo("idle");
        }
        try (Connection reader = db.engine().connect(); Connection observer = db.engine().connect()) {
            Object pid = reader.execute(text("SELECT pg_backend_pid()")).scalar();
            assertThat(observer.execute(text(stateOf), Map.of("pid", pid)).<String>scalar())
                    .as("the default isolation keeps the transaction open until commit")
                    .isEqualTo("idle in transaction");
        }
    }

    /**
     * {@code engine.withIsolationLevel("AUTOCOMMIT")} (SQLAlchemy's
     * {@code engine.execution_options(isolation_level=…)}): the same pool and database, each
     * connection lent in auto-commit mode and given back as the pool keeps it; disposing the copy
     * leaves the pool to its engine.
     */
    @DatabaseTest
    void anEngineAtAnotherLevelSharesThePoolAndPutsEachConnectionBack(TestDb db) throws SQLException {
        try (Engine engine = db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(2)
                .maxOverflow(0).build())) {
            Engine reads = engine.withIsolationLevel("AUTOCOMMIT");
            assertThat(reads.isAutocommit()).isTrue();
            assertThat(engine.isAutocommit()).isFalse();
            createTable(engine);
            try (Connection connection = reads.connect()) {
                assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
                insert(connection, 1);
                assertThat(rows(engine)).as("committed as it ran, seen through the engine's own connection")
                        .isEqualTo(1);
            }
            try (Connection first = engine.connect(); Connection second = engine.connect()) {
                assertThat(first.jdbcConnection().getAutoCommit()).isFalse();
                assertThat(second.jdbcConnection().getAutoCommit()).isFalse();
                insert(first, 2);
                first.rollback();
            }
            reads.dispose();
            assertThat(rows(engine)).as("the pool outlives the copy; the rolled-back row is gone").isEqualTo(1);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            dropTable(engine);
        }
    }

    @DatabaseTest
    void anEngineAtANamedLevelLendsItAndGivesTheConnectionBackAtThePoolsLevel(TestDb db) throws SQLException {
        try (Engine engine = db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(1)
                .maxOverflow(0).build())) {
            int poolLevel;
            try (Connection connection = engine.connect()) {
                poolLevel = connection.jdbcConnection().getTransactionIsolation();
            }
            Engine serializable = engine.withIsolationLevel("serializable");
            try (Connection connection = serializable.connect()) {
                assertThat(connection.jdbcConnection().getTransactionIsolation())
                        .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
                assertThat(connection.execute(text("SELECT 1")).<Number>scalar().intValue()).isOne();
            }
            try (Connection connection = engine.connect()) {
                assertThat(connection.jdbcConnection().getTransactionIsolation()).isEqualTo(poolLevel);
            }
        }
    }

    /** A static pool keeps its one connection itself (no HikariCP to reset it): the switch puts it back. */
    @Test
    void theOneConnectionOfAStaticPoolGoesBackInTheEnginesMode() throws SQLException {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:")) {
            Engine reads = engine.withIsolationLevel("AUTOCOMMIT");
            try (Connection connection = reads.connect()) {
                assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
            }
            try (Connection connection = engine.connect()) {
                assertThat(connection.jdbcConnection().getAutoCommit()).isFalse();
                connection.executeRaw("CREATE TABLE " + TABLE + " (id INTEGER PRIMARY KEY, body VARCHAR(20))");
                connection.rollback();
            }
            try (Connection connection = reads.connect()) {
                assertThat(connection.execute(text("SELECT COUNT(*) FROM sqlite_master WHERE name = :name"),
                        Map.of("name", TABLE)).<Number>scalar().intValue()).as("the DDL was rolled back").isZero();
            }
        }
    }

    /**
     * A connection that cannot be switched (its server session was ended while it sat in the pool)
     * is discarded, not handed on: the error names the switch, and the pool recovers. (HikariCP
     * also evicts a connection whose error says it is broken; the engine's own discard is what
     * the null and static pools rely on.)
     */
    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void aConnectionThatCannotBeSwitchedIsDiscardedAndThePoolRecovers(TestDb db) {
        try (Engine engine = db.newEngine(EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(1)
                .maxOverflow(0).poolPrePing(false).isolationLevel("AUTOCOMMIT").build())) {
            createTable(engine);
            try (Connection victim = engine.connect()) {
                BackendKiller.POSTGRES_TERMINATE.kill(db, victim); // auto-commit: closing sends nothing, it goes back
            }
            Engine serializable = engine.withIsolationLevel("SERIALIZABLE");
            assertThatThrownBy(serializable::connect)
                    .isInstanceOf(DBAPIError.class)
                    .hasMessageContaining("SET ISOLATION LEVEL");
            assertThat(engine.poolStatus().checkedOut()).isZero();
            try (Connection connection = serializable.connect()) {
                insert(connection, 1);
                connection.commit();
            }
            assertThat(rows(engine)).isEqualTo(1);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            dropTable(engine);
        }
    }

    @Test
    void anEngineAtAnUnknownLevelIsRefused() {
        try (Engine engine = Athanor.createEngine("jdbc:h2:mem:unknown_copy")) {
            assertThatThrownBy(() -> engine.withIsolationLevel("whenever"))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("Unknown isolation level 'whenever'");
        }
    }

    /**
     * What the pools that open connections themselves lend, on drivers that refuse commit() and
     * rollback() in auto-commit mode: a statement, a rollback, a commit, a close and a connection
     * of the pool's DataSource view, none failing, both rows kept.
     */
    private static void lendsWorkingAutoCommitConnections(Engine engine) throws SQLException {
        createTable(engine);
        try (Connection connection = engine.connect()) {
            assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
            insert(connection, 1);
            connection.rollback();
            connection.commit();
        }
        try (java.sql.Connection jdbc = engine.pool().dataSource().getConnection();
             var statement = jdbc.createStatement()) {
            statement.executeUpdate("INSERT INTO " + TABLE + " (id, body) VALUES (2, 'jdbc')");
        }
        assertThat(rows(engine)).isEqualTo(2);
        dropTable(engine);
    }

    @Test
    void aStaticPoolOnAnInMemorySqliteDatabaseLendsWorkingAutoCommitConnections() throws SQLException {
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:",
                EngineOptions.builder().isolationLevel("AUTOCOMMIT").build())) {
            assertThat(engine.pool().getClass().getSimpleName()).isEqualTo("StaticPool");
            lendsWorkingAutoCommitConnections(engine);
        }
    }

    @DatabaseTest(only = {TestDatabase.POSTGRESQL, TestDatabase.MARIADB, TestDatabase.SQLITE})
    void aNullPoolLendsWorkingAutoCommitConnections(TestDb db) throws SQLException {
        try (Engine engine = db.newEngine(EngineOptions.builder().poolClass(PoolClass.NULL)
                .isolationLevel("AUTOCOMMIT").build())) {
            lendsWorkingAutoCommitConnections(engine);
        }
    }

    @ParameterizedTest
    @EnumSource(PoolClass.class)
    void everyPoolClassLendsConnectionsInAutoCommitMode(PoolClass poolClass) throws SQLException {
        try (Engine engine = Athanor.createEngine("jdbc:h2:mem:autocommit_" + poolClass + ";DB_CLOSE_DELAY=-1",
                EngineOptions.builder().poolClass(poolClass).isolationLevel("AUTOCOMMIT").build());
             Connection connection = engine.connect()) {
            assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
        }
    }

    @Test
    void anApplicationDataSourceIsSwitchedToAutoCommitWhileLentAndRestoredAfter() throws SQLException {
        try (HikariDataSource hikari = new HikariDataSource()) {
            hikari.setJdbcUrl("jdbc:h2:mem:autocommit_datasource;DB_CLOSE_DELAY=-1");
            hikari.setAutoCommit(false);
            hikari.setMaximumPoolSize(1);
            Engine engine = Athanor.createEngine(hikari, Dialects.forJdbcUrl(hikari.getJdbcUrl()),
                    EngineOptions.builder().isolationLevel("AUTOCOMMIT").build());
            try (Connection connection = engine.connect()) {
                assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
            }
            try (java.sql.Connection same = hikari.getConnection()) {
                assertThat(same.getAutoCommit()).as("the DataSource's own setting is back").isFalse();
            }
        }
    }

    @Test
    void anotherIsolationLevelOnAnApplicationDataSourceIsRefusedSayingWhereItBelongs() {
        try (HikariDataSource hikari = new HikariDataSource()) {
            hikari.setJdbcUrl("jdbc:h2:mem:isolation_datasource");
            assertThatThrownBy(() -> Athanor.createEngine(hikari, Dialects.forJdbcUrl(hikari.getJdbcUrl()),
                    EngineOptions.builder().isolationLevel("serializable").build()))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("isolationLevel SERIALIZABLE cannot be set by an engine over an application's"
                            + " DataSource")
                    .hasMessageContaining("transactionIsolation=TRANSACTION_SERIALIZABLE")
                    .hasMessageContaining("only AUTOCOMMIT applies here");
        }
    }

    @Test
    void anUnknownLevelIsRefusedListingTheLevelsThereAre() {
        assertThatThrownBy(() -> Athanor.createEngine("jdbc:h2:mem:unknown_level",
                EngineOptions.builder().isolationLevel("AUTO COMMIT PLEASE").build()))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("Unknown isolation level 'AUTO COMMIT PLEASE'; expected one of [READ COMMITTED,"
                        + " READ UNCOMMITTED, REPEATABLE READ, SERIALIZABLE] or AUTOCOMMIT");
    }
}
