package dev.athanor.migrate.runtime;

import static dev.athanor.migrate.MigrationTables.VERSION_TABLE;
import static dev.athanor.migrate.MigrationTables.count;
import static dev.athanor.migrate.MigrationTables.migrationTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.MigrationTables;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;

/**
 * How runs end on each kind of database: a failure at a migration's third statement rolls the
 * whole run back where DDL is transactional and leaves the last completed revision where it is
 * not; two runners started together apply each revision once.
 */
class MigrationRunnerTest {

    private TestDb db;

    private MigrationCommands commands(TestDb testDb, String migrationsPackage, boolean perMigration) {
        this.db = testDb;
        MigrationTables.dropAll(testDb);
        return new MigrationCommands(testDb.engine(), ScriptDirectory.scan(migrationsPackage),
                new MigrationOptions(VERSION_TABLE, perMigration));
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
            assertThat(e.sql()).isEqualTo("INSERT INTO mig_no_such_table (id) VALUES (1)");
            assertThat(e.getMessage()).contains("upgrade f00000000001 -> f00000000002")
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
            assertThat(e.sql()).isEqualTo("INSERT INTO mig_no_such_table (id) VALUES (1)");
            assertThat(e.getMessage()).contains("FailsAtThirdStatement")
                    .contains("the database is at f00000000001, the last completed revision");
        });
        // the DDL of the failed migration committed by itself; its INSERT was rolled back
        assertThat(migrationTables(testDb)).containsExactly("mig_first", "mig_second");
        assertThat(count(testDb, "mig_first")).isZero();
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("f00000000001");
    }

    @DatabaseTest(only = {TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
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

    private static MigrationRun runner(TestDb testDb, CyclicBarrier start) throws Exception {
        MigrationCommands commands = new MigrationCommands(testDb.engine(),
                ScriptDirectory.scan("dev.athanor.migrate.versions"), new MigrationOptions(VERSION_TABLE, false));
        start.await();
        return commands.upgrade("head");
    }
}
