package dev.athanor.migrate.runtime;

import static dev.athanor.migrate.MigrationTables.VERSION_TABLE;
import static dev.athanor.migrate.MigrationTables.count;
import static dev.athanor.migrate.MigrationTables.migrationTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.athanor.dialect.Capability;
import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.MigrationTables;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * How runs end on each kind of database: a failure at a migration's third statement rolls the
 * whole run back where DDL is transactional and leaves the last completed revision where it is
 * not; two runners started together apply each revision once.
 */
class MigrationRunnerTest {

    private TestDb db;

    private MigrationCommands commands(TestDb testDb, String migrationsPackage, boolean perMigration) {
        return commands(testDb, testDb.engine(), migrationsPackage, perMigration);
    }

    /** Commands running on {@code engine}, a database of {@code testDb}'s whose migration tables are dropped first. */
    private MigrationCommands commands(TestDb testDb, Engine engine, String migrationsPackage, boolean perMigration) {
        this.db = testDb;
        MigrationTables.dropAll(testDb);
        return new MigrationCommands(engine, ScriptDirectory.scan(migrationsPackage),
                new MigrationOptions(VERSION_TABLE, perMigration));
    }

    private static Engine autocommitEngine(TestDb testDb) {
        return testDb.newEngine(EngineOptions.builder().isolationLevel("AUTOCOMMIT").build());
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            MigrationTables.dropAll(db);
        }
    }

    @DatabaseTest
    @Requires(Capability.TRANSACTIONAL_DDL)
    void aFailedRunLeavesNothingWhereDdlIsTransactional(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "dev.athanor.migrate.failing", false);

        assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOfSatisfying(MigrationError.class, e -> {
            assertThat(e.revision()).isEqualTo("f00000000002");
            assertThat(e.operation()).isEqualTo("execute(INSERT INTO mig_no_such_table (id) VALUES (1))");
            assertThat(e.sql()).isEqualTo("INSERT INTO mig_no_such_table (id) VALUES (1)");
            assertThat(e.getMessage()).contains("upgrade f00000000001 -> f00000000002")
                    .contains("operation: op.execute(INSERT INTO mig_no_such_table (id) VALUES (1))")
                    .contains("mig_no_such_table").contains("the whole run was rolled back");
        });
        assertThat(migrationTables(testDb)).isEmpty();
        assertThat(commands.current()).isEmpty();
    }

    @DatabaseTest
    @Requires(Capability.TRANSACTIONAL_DDL)
    void aTransactionPerMigrationKeepsTheMigrationsBeforeTheFailure(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "dev.athanor.migrate.failing", true);

        assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOf(MigrationError.class)
                .hasMessageContaining("this migration was rolled back; the database is at f00000000001");
        assertThat(migrationTables(testDb)).containsExactly("mig_first");
        assertThat(count(testDb, "mig_first")).isZero();
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("f00000000001");
    }

    @DatabaseTest(only = {TestDatabase.MARIADB, TestDatabase.H2})
    void aFailureWhereDdlCommitsLeavesTheLastCompletedRevision(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "dev.athanor.migrate.failing", false);

        assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOfSatisfying(MigrationError.class, e -> {
            assertThat(e.revision()).isEqualTo("f00000000002");
            assertThat(e.operation()).isEqualTo("execute(INSERT INTO mig_no_such_table (id) VALUES (1))");
            assertThat(e.sql()).isEqualTo("INSERT INTO mig_no_such_table (id) VALUES (1)");
            assertThat(e.getMessage()).contains("FailsAtThirdStatement")
                    .contains("the database is at f00000000001, the last completed revision");
        });
        // the DDL of the failed migration committed by itself; its INSERT was rolled back
        assertThat(migrationTables(testDb)).containsExactly("mig_first", "mig_second");
        assertThat(count(testDb, "mig_first")).isZero();
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("f00000000001");
    }

    /** PostgreSQL's DDL is transactional, but not on an engine in AUTOCOMMIT isolation: each statement stays. */
    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void onAnAutocommitEngineAFailureLeavesTheLastCompletedRevisionAndSaysWhy(TestDb testDb) {
        try (Engine engine = autocommitEngine(testDb)) {
            MigrationCommands commands = commands(testDb, engine, "dev.athanor.migrate.failing", false);

            assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("the database is at f00000000001, the last completed revision")
                    .hasMessageContaining("the engine's isolation level is AUTOCOMMIT");
            assertThat(migrationTables(testDb)).containsExactly("mig_first", "mig_second");
            assertThat(count(testDb, "mig_first")).as("the failed migration's INSERT committed as it ran").isOne();
            assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("f00000000001");
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void anAutocommitBlockRunsOnAnAutocommitEngineToo(TestDb testDb) {
        try (Engine engine = autocommitEngine(testDb)) {
            MigrationCommands commands = commands(testDb, engine, "dev.athanor.migrate.concurrently", false);

            commands.upgrade("head");
            assertThat(indexNames(testDb)).containsExactly("ix_mig_parent_name");
            assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("c0c000000002");
        }
    }

    @DatabaseTest
    void twoRunnersStartedTogetherApplyEachRevisionOnce(TestDb testDb) throws Exception {
        commands(testDb, "dev.athanor.migrate.versions", false);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<MigrationRun>> runs = List.of(threads.submit(() -> runner(testDb, start)),
                    threads.submit(() -> runner(testDb, start)));
            MigrationRun first = runs.get(0).get();
            MigrationRun second = runs.get(1).get();

            assertThat(first.steps().size() + second.steps().size()).isEqualTo(6);
            MigrationRun loser = first.steps().isEmpty() ? first : second;
            assertThat(loser.steps()).isEmpty();
            assertThat(loser.headsBefore()).containsExactly("dddd00000001");
        } finally {
            threads.shutdown();
        }
        assertThat(count(testDb, "mig_log")).isEqualTo(1);
        assertThat(count(testDb, VERSION_TABLE)).isEqualTo(1);
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void anAutocommitBlockRunsWhatPostgresqlRefusesInsideATransaction(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "dev.athanor.migrate.concurrently", false);

        commands.upgrade("head");
        assertThat(indexNames(testDb)).containsExactly("ix_mig_parent_name");
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("c0c000000002");

        commands.downgrade("-1");
        assertThat(indexNames(testDb)).isEmpty();
        assertThat(migrationTables(testDb)).containsExactly("mig_parent");
    }

    @Test
    void anOfflineAutocommitBlockEndsTheScriptsTransactionAroundItsStatements() {
        StringWriter sql = new StringWriter();
        MigrationCommands.offline(Dialects.forScheme("postgresql"),
                ScriptDirectory.scan("dev.athanor.migrate.concurrently"), MigrationOptions.defaults())
                .upgrade("c0c000000001:head", sql);
        assertThat(sql.toString()).isEqualTo("BEGIN;\n\n"
                + "-- Running upgrade c0c000000001 -> c0c000000002\n\n"
                + "COMMIT;\n\n"
                + "CREATE INDEX CONCURRENTLY ix_mig_parent_name ON mig_parent (name);\n\n"
                + "BEGIN;\n\n"
                + "UPDATE athanor_version SET version_num = 'c0c000000002' WHERE athanor_version.version_num"
                + " = 'c0c000000001';\n\n"
                + "COMMIT;\n\n");
    }

    @DatabaseTest(only = TestDatabase.H2)
    void eachAppliedMigrationIsLoggedWithItsTime(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "dev.athanor.migrate.failing", false);
        Logger logger = (Logger) LoggerFactory.getLogger("athanor.migrate");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        try {
            commands.upgrade("f00000000001");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(null);
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .matches("upgrade base -> f00000000001 \\(create first table\\) in \\d+ ms");
        assertThat(migrationTables(testDb)).containsExactly("mig_first");
    }

    private static List<String> indexNames(TestDb testDb) {
        try (Connection connection = testDb.engine().connect()) {
            return connection.inspector().indexes(null, "mig_parent").stream().map(IndexInfo::name).toList();
        }
    }

    private static MigrationRun runner(TestDb testDb, CyclicBarrier start) throws Exception {
        MigrationCommands commands = new MigrationCommands(testDb.engine(),
                ScriptDirectory.scan("dev.athanor.migrate.versions"), new MigrationOptions(VERSION_TABLE, false));
        start.await();
        return commands.upgrade("head");
    }
}
