package dev.athanor.autoconfigure.migrate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.migrate.AthanorMigrator;
import dev.athanor.autoconfigure.test.AthanorTest;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.RevisionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An {@code @AthanorTest} of an application with revisions runs them on the test database. */
@AthanorTest
class MigratedSliceTests {

    @Autowired
    AthanorMigrator migrator;

    @Autowired
    MigrationCommands commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceDatabaseIsUpgradedByTheApplicationsRevisions() {
        assertThat(migrator.lastRun().steps()).hasSize(1);
        assertThat(commands.current()).extracting(RevisionInfo::id).containsExactly("d4d4d4d4d401");
        jdbc.update("INSERT INTO app_setting (name, content) VALUES ('theme', 'dark')");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_setting", Long.class)).isEqualTo(1);
    }
}
