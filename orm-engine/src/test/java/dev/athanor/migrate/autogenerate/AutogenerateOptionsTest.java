package dev.athanor.migrate.autogenerate;

import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Connection;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.operation.AlterColumnOp;
import dev.athanor.migrate.operation.MigrateOperation;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;

/**
 * What autogenerate considers, on each database: the version table is never dropped, the
 * include-object filter keeps an unmapped table out, server defaults are compared only when asked
 * (and a database's own spelling of an equal default is no change), comments where kept.
 */
class AutogenerateOptionsTest {
    private static final String VERSION_TABLE = "ag2_version";
    private static final String[] TABLES = {"ag2_items", "ag2_legacy", VERSION_TABLE};

    private TestDb db;

    @AfterEach
    void dropTables() {
        if (db != null) {
            db.dropTables(TABLES);
        }
    }

    private MigrationCommands commands(TestDb testDb, String... ddl) {
        db = testDb;
        testDb.dropTables(TABLES);
        try (Connection connection = testDb.engine().connect()) {
            for (String statement : ddl) {
                connection.executeRaw(statement);
            }
            connection.commit();
        }
        return new MigrationCommands(testDb.engine(), ScriptDirectory.of(List.of()),
                MigrationOptions.defaults().withVersionTable(VERSION_TABLE));
    }

    private static List<String> described(List<MigrateOperation> operations) {
        return operations.stream().map(MigrateOperation::describe).toList();
    }

    private static IncludeObject ours() {
        return (type, table, name, reflected) -> table.toLowerCase(Locale.ROOT).startsWith("ag2_");
    }

    @DatabaseTest
    void theVersionTableIsNeverDroppedAndExcludedTablesAreLeftAlone(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "CREATE TABLE " + VERSION_TABLE + " (version_num VARCHAR(32))",
                "CREATE TABLE ag2_legacy (id INTEGER PRIMARY KEY)");
        MetaData target = new MetaData();
        target.table("ag2_items", Column.of("id", INTEGER).primaryKey());

        assertThat(described(commands.pendingOperations(AutogenerateOptions.of(target).include(ours()))))
                .containsExactly("createTable(ag2_items)", "dropTable(ag2_legacy)");
        assertThat(described(commands.pendingOperations(AutogenerateOptions.of(target).include(
                (type, table, name, reflected) -> ours().include(type, table, name, reflected)
                        && !table.equalsIgnoreCase("ag2_legacy")))))
                .containsExactly("createTable(ag2_items)");
    }

    @DatabaseTest
    void serverDefaultsAreComparedOnlyWhenAskedAndEqualSpellingsMatch(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "CREATE TABLE ag2_items (id INTEGER PRIMARY KEY,"
                + " qty INTEGER DEFAULT 1, label VARCHAR(20) DEFAULT 'none', note VARCHAR(20) DEFAULT 'a')");
        MetaData target = new MetaData();
        target.table("ag2_items", Column.of("id", INTEGER).primaryKey(),
                Column.of("qty", INTEGER).serverDefault("1"),
                Column.of("label", string(20)).serverDefault("'none'"),
                Column.of("note", string(20)).serverDefault("'b'"));
        AutogenerateOptions options = AutogenerateOptions.of(target).include(ours());

        assertThat(commands.pendingOperations(options)).isEmpty();
        List<MigrateOperation> changes = commands.pendingOperations(options.compareServerDefaults(true));
        assertThat(described(changes)).containsExactly("alterColumn(ag2_items.note)");
        AlterColumnOp alter = (AlterColumnOp) changes.get(0);
        assertThat(alter.change().serverDefault()).contains("'b'");
        assertThat(ServerDefaults.normalize(alter.change().existingServerDefault())).isEqualTo("'a'");
    }

    @DatabaseTest
    @Requires(Capability.COMMENTS)
    void aChangedColumnCommentBecomesAnAlterationThatRestoresTheOldOne(TestDb testDb) {
        MigrationCommands commands = commands(testDb, "CREATE TABLE ag2_items (id INTEGER PRIMARY KEY, qty INTEGER)");
        MetaData target = new MetaData();
        target.table("ag2_items", Column.of("id", INTEGER).primaryKey(),
                Column.of("qty", INTEGER).comment("units in stock"));

        List<MigrateOperation> changes = commands.pendingOperations(AutogenerateOptions.of(target).include(ours()));

        assertThat(described(changes)).containsExactly("alterColumn(ag2_items.qty)");
        AlterColumnOp alter = (AlterColumnOp) changes.get(0);
        assertThat(alter.change().comment()).contains("units in stock");
        assertThat(alter.reverse().change().comment()).isEmpty();
    }
}
