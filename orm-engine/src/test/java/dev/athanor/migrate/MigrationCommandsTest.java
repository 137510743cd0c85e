package dev.athanor.migrate;

import static dev.athanor.migrate.MigrationTables.count;
import static dev.athanor.migrate.MigrationTables.migrationTables;
import static dev.athanor.migrate.MigrationTables.versionRows;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.runtime.MigrationRun;
import dev.athanor.migrate.script.MultipleHeadsError;
import dev.athanor.migrate.script.ResolutionError;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import org.junit.jupiter.api.AfterEach;

/**
 * The commands on the test graph of {@code dev.athanor.migrate.versions} against each database:
 * upgrade and downgrade in graph order with the tables checked through the Inspector, relative and
 * branch targets, stamp, current and history answering as Alembic's do.
 */
class MigrationCommandsTest {
    private static final String A1 = "aaaa00000001";
    private static final String A2 = "aaaa00000002";
    private static final String B1 = "bbbb00000001";
    private static final String C1 = "cccc00000001";
    private static final String E1 = "eeee00000001";
    private static final String D1 = "dddd00000001";

    private TestDb db;

    private MigrationCommands commands(TestDb testDb) {
        this.db = testDb;
        MigrationTables.dropAll(testDb);
        return new MigrationCommands(testDb.engine(), ScriptDirectory.scan("dev.athanor.migrate.versions"),
                MigrationOptions.defaults().withVersionTable(MigrationTables.VERSION_TABLE));
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            MigrationTables.dropAll(db);
        }
    }

    @DatabaseTest
    void upgradeBaseToHeadThenDowngradeToBaseRunsEveryRevisionInGraphOrder(TestDb testDb) {
        MigrationCommands commands = commands(testDb);

        MigrationRun up = commands.upgrade("head");
        assertThat(up.steps()).extracting(s -> s.script().id()).containsExactly(A1, A2, B1, C1, E1, D1);
        assertThat(up.headsBefore()).isEmpty();
        assertThat(up.headsAfter()).containsExactly(D1);
        assertThat(migrationTables(testDb)).containsExactly("mig_b", "mig_c", "mig_child", "mig_log", "mig_parent");
        assertThat(versionRows(testDb)).containsExactly(D1);
        assertThat(count(testDb, "mig_log")).isEqualTo(1);
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly(D1);

        MigrationRun down = commands.downgrade("base");
        assertThat(down.steps()).extracting(s -> s.script().id()).containsExactly(D1, E1, C1, B1, A2, A1);
        assertThat(down.headsAfter()).isEmpty();
        assertThat(migrationTables(testDb)).isEmpty();
        assertThat(versionRows(testDb)).isEmpty();
        assertThat(commands.current()).isEmpty();
    }

    @DatabaseTest
    void upgradingAgainFindsNothingToDo(TestDb testDb) {
        MigrationCommands commands = commands(testDb);
        commands.upgrade("head");
        MigrationRun again = commands.upgrade("heads");
        assertThat(again.steps()).isEmpty();
        assertThat(count(testDb, "mig_log")).isEqualTo(1);
    }

    @DatabaseTest
    void branchesKeepOneVersionRowPerHeadUntilTheMerge(TestDb testDb) {
        MigrationCommands commands = commands(testDb);
        commands.upgrade("+2");
        assertThat(versionRows(testDb)).containsExactly(A2);

        commands.upgrade("bbbb");
        commands.upgrade(C1);
        assertThat(versionRows(testDb)).containsExactly(B1, C1);
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly(B1, C1);
        assertThat(commands.history(":", true)).filteredOn(RevisionInfo::current).extracting(RevisionInfo::id)
                .containsExactlyInAnyOrder(B1, C1);
        assertThatThrownBy(() -> commands.downgrade("-1")).isInstanceOf(MultipleHeadsError.class);

        commands.upgrade("feature@+1");
        assertThat(versionRows(testDb)).containsExactly(E1);
        assertThat(migrationTables(testDb)).containsExactly("mig_b", "mig_c", "mig_child", "mig_parent");

        assertThatThrownBy(() -> commands.downgrade("-1")).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ambiguous at " + E1);
        commands.downgrade("feature");
        assertThat(versionRows(testDb)).containsExactly(B1, C1);
        commands.downgrade(A1);
        assertThat(versionRows(testDb)).containsExactly(A1);
        assertThat(migrationTables(testDb)).containsExactly("mig_parent");
    }

    @DatabaseTest
    void stampMovesTheVersionWithoutRunningMigrations(TestDb testDb) {
        MigrationCommands commands = commands(testDb);
        MigrationRun stamped = commands.stamp("head", false);
        assertThat(stamped.steps()).isEmpty();
        assertThat(versionRows(testDb)).containsExactly(D1);
        assertThat(migrationTables(testDb)).isEmpty();

        commands.stamp("base", false);
        assertThat(versionRows(testDb)).isEmpty();

        try (Connection connection = testDb.engine().connect()) {
            connection.execute(text("INSERT INTO " + MigrationTables.VERSION_TABLE + " (version_num)"
                    + " VALUES ('ffffffffffff')"));
            connection.commit();
        }
        assertThatThrownBy(commands::current).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ffffffffffff");
        assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOf(ResolutionError.class)
                .hasMessageContaining("ffffffffffff");
        assertThat(migrationTables(testDb)).isEmpty();

        commands.stamp(A2, true);
        assertThat(versionRows(testDb)).containsExactly(A2);
        commands.upgrade("head");
        assertThat(migrationTables(testDb)).containsExactly("mig_b", "mig_c", "mig_log");
    }

    @DatabaseTest
    void historyListsARangeNewestFirst(TestDb testDb) {
        MigrationCommands commands = commands(testDb);
        assertThat(commands.history(null, false)).extracting(RevisionInfo::id).containsExactly(D1, E1, C1, B1, A2, A1);
        assertThat(commands.history(A2 + ":" + E1, false)).extracting(RevisionInfo::id)
                .containsExactly(E1, C1, B1, A2);
        commands.upgrade(A2);
        assertThat(commands.history("current:", true)).extracting(RevisionInfo::id)
                .containsExactly(D1, E1, C1, B1, A2);
        assertThat(commands.history("current:", true).get(4).format(false))
                .isEqualTo(A1 + " -> " + A2 + " (branchpoint) (current), create child");
        assertThat(commands.heads()).extracting(RevisionInfo::id).containsExactly(D1);
        assertThat(commands.branches()).extracting(RevisionInfo::id).containsExactly(A2);
        assertThat(commands.show("feature").format(false))
                .isEqualTo(A2 + " -> " + B1 + " (feature), create b on the feature branch");
        assertThat(commands.show("eeee").format(false))
                .isEqualTo(B1 + ", " + C1 + " -> " + E1 + " (mergepoint), merge b and c");
    }
}
