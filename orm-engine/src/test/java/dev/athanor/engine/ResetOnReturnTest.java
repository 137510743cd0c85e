package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.pool.PoolClass;
import dev.athanor.pool.ResetOnReturn;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.util.Map;

/**
 * Session state set by SQL stays with a pooled connection by default (SQLAlchemy's rollback on
 * return) and is cleared before the next holder with {@link ResetOnReturn#FULL}. Every engine has
 * one connection, so the second checkout is the same physical connection.
 */
class ResetOnReturnTest {

    private static EngineOptions.Builder oneConnection() {
        return EngineOptions.builder().poolClass(PoolClass.QUEUE).poolSize(1).maxOverflow(0);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void postgresSearchPathSurvivesCheckinByDefault(TestDb db) {
        try (Engine engine = db.newEngine(oneConnection().build())) {
            setAndCommit(engine, "SET search_path TO athanor_reset_probe");
            assertThat(scalar(engine, "SELECT current_setting('search_path')")).isEqualTo("athanor_reset_probe");
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void postgresFullResetClearsSearchPathAndKeepsTheConnectionSetup(TestDb db) {
        try (Engine engine = db.newEngine(oneConnection().resetOnReturn(ResetOnReturn.FULL)
                .isolationLevel("SERIALIZABLE").build())) {
            String defaultPath = scalar(engine, "SELECT current_setting('search_path')");
            setAndCommit(engine, "SET search_path TO athanor_reset_probe");
            assertThat(scalar(engine, "SELECT current_setting('search_path')")).isEqualTo(defaultPath)
                    .isNotEqualTo("athanor_reset_probe");
            assertThat(scalar(engine, "SHOW intervalstyle")).isEqualTo("iso_8601");
            assertThat(scalar(engine, "SHOW transaction_isolation")).isEqualTo("serializable");
        }
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void mariadbTimeZoneAndUserVariablesSurviveCheckinByDefault(TestDb db) {
        try (Engine engine = db.newEngine(oneConnection().build())) {
            setAndCommit(engine, "SET time_zone = '+03:00', @athanor_probe = 'left behind'");
            assertThat(scalar(engine, "SELECT @@session.time_zone")).isEqualTo("+03:00");
            assertThat(scalar(engine, "SELECT @athanor_probe")).isEqualTo("left behind");
        }
    }

    @DatabaseTest(only = TestDatabase.MARIADB)
    void mariadbFullResetClearsTimeZoneAndUserVariables(TestDb db) {
        try (Engine engine = db.newEngine(oneConnection().resetOnReturn(ResetOnReturn.FULL)
                .isolationLevel("SERIALIZABLE").build())) {
            String defaultZone = scalar(engine, "SELECT @@session.time_zone");
            setAndCommit(engine, "SET time_zone = '+03:00', @athanor_probe = 'left behind'");
            assertThat(scalar(engine, "SELECT @@session.time_zone")).isEqualTo(defaultZone).isNotEqualTo("+03:00");
            assertThat(scalar(engine, "SELECT @athanor_probe")).isNull();
            assertThat(scalar(engine, "SELECT @@session.tx_isolation")).isEqualTo("SERIALIZABLE");
        }
    }

    /** After a reset the connection is still in the engine's hands: no auto-commit, statements still prepare. */
    @DatabaseTest
    void afterAFullResetWorkIsStillTransactionalAndStatementsRun(TestDb db) {
        db.dropTables("reset_rows");
        try (Engine engine = db.newEngine(oneConnection().resetOnReturn(ResetOnReturn.FULL).build())) {
            engine.transactionWithoutResult(conn -> conn.execute(text("CREATE TABLE reset_rows (id INTEGER)")));
            for (int round = 0; round < 3; round++) {
                try (Connection conn = engine.connect()) {
                    for (int i = 0; i < 8; i++) {
                        conn.execute(text("INSERT INTO reset_rows (id) VALUES (:id)"), Map.of("id", round * 10 + i));
                    }
                    if (round == 1) {
                        conn.rollback();
                    } else {
                        conn.commit();
                    }
                }
            }
            try (Connection conn = engine.connect()) {
                conn.execute(text("INSERT INTO reset_rows (id) VALUES (99)"));
            }
            assertThat(scalar(engine, "SELECT COUNT(*) FROM reset_rows")).isEqualTo("16");
            assertThat(engine.poolStatus().checkedIn()).isEqualTo(1);
        } finally {
            db.dropTables("reset_rows");
        }
    }

    private static void setAndCommit(Engine engine, String sql) {
        engine.transactionWithoutResult(conn -> conn.execute(text(sql)));
    }

    private static String scalar(Engine engine, String sql) {
        return engine.transaction(conn -> {
            Object value = conn.execute(text(sql)).scalar();
            return value == null ? null : value.toString();
        });
    }
}
