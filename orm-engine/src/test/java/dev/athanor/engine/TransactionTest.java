package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.ProgrammingError;
import dev.athanor.exc.DBAPIError;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class TransactionTest {
    private TestDb db;

    private void createTable(TestDb testDb) {
        this.db = testDb;
        testDb.dropTables("tx_notes");
        try (Connection conn = testDb.engine().connect()) {
            conn.execute(text("CREATE TABLE tx_notes (id INTEGER PRIMARY KEY, body VARCHAR(40))"));
            conn.commit();
        }
    }

    @AfterEach
    void dropTable() {
        if (db != null) {
            db.dropTables("tx_notes");
        }
    }

    private List<Object> ids() {
        try (Connection conn = db.engine().connect()) {
            return conn.execute(text("SELECT id FROM tx_notes ORDER BY id")).scalars().all();
        }
    }

    private static void insert(Connection conn, int id) {
        conn.execute(text("INSERT INTO tx_notes (id, body) VALUES (:id, :body)"), Map.of("id", id, "body", "n" + id));
    }

    @DatabaseTest
    void closingWithoutCommitRollsBack(TestDb testDb) {
        createTable(testDb);
        try (Connection conn = testDb.engine().connect()) {
            insert(conn, 1);
            assertThat(conn.inTransaction()).isTrue();
        }
        assertThat(ids()).isEmpty();
    }

    @DatabaseTest
    void engineTransactionCommitsOnReturnAndRollsBackOnThrow(TestDb testDb) {
        createTable(testDb);
        testDb.engine().transaction(conn -> conn.execute(text("INSERT INTO tx_notes (id, body) VALUES (1, 'a')")));
        assertThatThrownBy(() -> testDb.engine().transactionWithoutResult(conn -> {
            insert(conn, 2);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(ids()).containsExactly(1);
    }

    @DatabaseTest
    void explicitBeginCommitsAndRefusesASecondBegin(TestDb testDb) {
        createTable(testDb);
        try (Connection conn = testDb.engine().connect()) {
            try (Transaction tx = conn.begin()) {
                insert(conn, 1);
                assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("beginNested()");
                tx.commit();
                assertThat(tx.isActive()).isFalse();
            }
            try (Transaction tx = conn.begin()) {
                insert(conn, 2);
            }
        }
        assertThat(ids()).containsExactly(1);
    }

    @DatabaseTest
    void rollingBackASavepointKeepsTheOuterWork(TestDb testDb) {
        createTable(testDb);
        try (Connection conn = testDb.engine().connect()) {
            insert(conn, 1);
            Transaction savepoint = conn.beginNested();
            insert(conn, 2);
            savepoint.rollback();
            Transaction kept = conn.beginNested();
            insert(conn, 3);
            kept.commit();
            conn.commit();
        }
        assertThat(ids()).containsExactly(1, 3);
    }

    @DatabaseTest
    void aFailedStatementLeavesTheConnectionUsableAfterRollback(TestDb testDb) {
        createTable(testDb);
        try (Connection conn = testDb.engine().connect()) {
            insert(conn, 1);
            assertThatThrownBy(() -> conn.execute(text("SELECT nope FROM tx_notes")))
                    .isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("[SQL: SELECT nope FROM tx_notes]");
            conn.rollback();
            insert(conn, 2);
            conn.commit();
        }
        assertThat(ids()).containsExactly(2);
    }

    @DatabaseTest
    void integrityErrorsCarrySqlParametersAndSqlState(TestDb testDb) {
        createTable(testDb);
        try (Connection conn = testDb.engine().connect()) {
            insert(conn, 1);
            assertThatThrownBy(() -> insert(conn, 1))
                    .isInstanceOfSatisfying(DBAPIError.class, e -> {
                        assertThat(e).isInstanceOf(dev.athanor.exc.IntegrityError.class);
                        assertThat(e.statement()).isEqualTo("INSERT INTO tx_notes (id, body) VALUES (?, ?)");
                        assertThat(e.parameters()).isEqualTo("(1, 'n1')");
                        assertThat(e.connectionInvalidated()).isFalse();
                    });
            conn.rollback();
        }
    }
}
