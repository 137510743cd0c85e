package dev.athanor.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Dialects;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.migrate.runtime.MigrationError;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.ScriptDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline ({@code --sql}) scripts of the test graph, upgrade {@code base:head} then downgrade
 * {@code head:base}, compared with golden files under {@code src/test/resources/dev/athanor/migrate/offline}
 * for every dialect, without a connection. Set {@code ATHANOR_WRITE_GOLDEN} to a directory to
 * write fresh files there for review.
 */
class OfflineScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql", "mysql", "mariadb", "oracle", "mssql"})
    void theScriptOfTheWholeGraphMatchesItsGoldenFile(String scheme) throws IOException {
        MigrationCommands commands = MigrationCommands.offline(Dialects.forScheme(scheme),
                ScriptDirectory.scan("dev.athanor.migrate.versions"), MigrationOptions.defaults());
        StringWriter sql = new StringWriter();
        sql.write("-- upgrade base:head\n\n");
        commands.upgrade("base:head", sql);
        sql.write("-- downgrade head:base\n\n");
        commands.downgrade("head:base", sql);

        String goldenDirectory = System.getenv("ATHANOR_WRITE_GOLDEN");
        if (goldenDirectory != null) {
            Files.writeString(Path.of(goldenDirectory, scheme + ".sql"), sql.toString());
        }
        assertThat(sql.toString()).isEqualTo(golden(scheme));
    }

    @Test
    void aScriptCanStartFromAGivenRevision() {
        MigrationCommands commands = MigrationCommands.offline(Dialects.forScheme("postgresql"),
                ScriptDirectory.scan("dev.athanor.migrate.versions"), MigrationOptions.defaults());
        StringWriter sql = new StringWriter();
        commands.upgrade("eeee00000001:head", sql);
        assertThat(sql.toString()).isEqualTo("BEGIN;\n\n"
                + "-- Running upgrade eeee00000001 -> dddd00000001\n\n"
                + "CREATE TABLE mig_log (id INTEGER PRIMARY KEY);\n\n"
                + "INSERT INTO mig_log (id) VALUES (1);\n\n"
                + "UPDATE athanor_version SET version_num = 'dddd00000001' WHERE athanor_version.version_num"
                + " = 'eeee00000001';\n\n"
                + "COMMIT;\n\n");
    }

    @Test
    void offlineCommandsRefuseWhatNeedsADatabase() {
        MigrationCommands commands = MigrationCommands.offline(Dialects.forScheme("mysql"),
                ScriptDirectory.scan("dev.athanor.migrate.versions"), MigrationOptions.defaults());
        assertThatThrownBy(() -> commands.downgrade("base", new StringWriter()))
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("'head:base'");
        assertThatThrownBy(() -> commands.upgrade("head")).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("offline");
        assertThatThrownBy(() -> MigrationCommands.offline(Dialects.forScheme("h2"),
                ScriptDirectory.of(List.of(ReadsTheDatabase.class)), MigrationOptions.defaults())
                .upgrade("head", new StringWriter()))
                .isInstanceOf(MigrationError.class).hasMessageContaining("0000000000d1")
                .hasMessageContaining("the SQL script is incomplete")
                .hasMessageContaining("no database connection in offline mode");
    }

    private static String golden(String scheme) throws IOException {
        try (InputStream in = OfflineScriptTest.class.getResourceAsStream("offline/" + scheme + ".sql")) {
            assertThat(in).as("golden file offline/%s.sql", scheme).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A data migration that reads the database, which an offline script cannot. */
    @Revision(id = "0000000000d1")
    static final class ReadsTheDatabase implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.context().connection();
        }

        @Override
        public void downgrade(Operations op) {
        }
    }
}
