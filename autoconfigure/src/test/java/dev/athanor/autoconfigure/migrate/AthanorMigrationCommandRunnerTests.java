package dev.athanor.autoconfigure.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.migrate.MigrationCommands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMigrationCommandRunnerTests {
    private final MigratedDatabase database = MigratedDatabase.h2();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorMigrationsAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues(database.property(), AthanorMigrationsAutoConfigurationTests.REVISIONS);

    /** What one command printed and the exit code it asked for. */
    record Result(String output, List<Integer> exitCodes, boolean contextClosed) {
    }

    private Result run(String... properties) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> exitCodes = new ArrayList<>();
        boolean[] closed = new boolean[1];
        contextRunner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AthanorMigrationCommandRunner.class);
            new AthanorMigrationCommandRunner(context.getBean(MigrationCommands.class),
                    context.getBean(AthanorMigrationsProperties.class), context,
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), exitCodes::add)
                    .run(new DefaultApplicationArguments());
            closed[0] = !context.isActive();
        });
        return new Result(bytes.toString(StandardCharsets.UTF_8), exitCodes, closed[0]);
    }

    @Test
    void commandModeSkipsTheStartupUpgradeAndRunsTheCommandInstead() {
        Result current = run("athanor.migrations.command=current");
        assertThat(current.output()).contains("(none: the database is at base)");
        assertThat(current.exitCodes()).containsExactly(0);
        assertThat(current.contextClosed()).isTrue();
        assertThat(database.versions()).isEmpty();
        assertThat(database.hasTable("note")).isFalse();
    }

    @Test
    void upgradeHistoryHeadsStampAndDowngradeRunAgainstTheDatabase() {
        Result upgrade = run("athanor.migrations.command=upgrade", "athanor.migrations.command-target=a1a1a1a1a101");
        assertThat(upgrade.output()).contains("upgrade base -> a1a1a1a1a101").contains("Database is at a1a1a1a1a101");
        assertThat(upgrade.exitCodes()).containsExactly(0);
        assertThat(database.versions()).containsExactly("a1a1a1a1a101");

        Result history = run("athanor.migrations.command=history");
        assertThat(history.output()).contains("a1a1a1a1a101 -> a1a1a1a1a102 (head), create note_label")
                .contains("<base> -> a1a1a1a1a101 (current), create note");

        Result heads = run("athanor.migrations.command=heads");
        assertThat(heads.output().strip()).isEqualTo("a1a1a1a1a101 -> a1a1a1a1a102 (head), create note_label");

        Result rest = run("athanor.migrations.command=upgrade");
        assertThat(rest.output()).contains("upgrade a1a1a1a1a101 -> a1a1a1a1a102").contains("Database is at a1a1a1a1a102");
        assertThat(database.hasTable("note_label")).isTrue();

        Result stamp = run("athanor.migrations.command=stamp", "athanor.migrations.command-target=a1a1a1a1a101");
        assertThat(stamp.output()).contains("Database is at a1a1a1a1a101 (nothing to run)");
        assertThat(database.versions()).containsExactly("a1a1a1a1a101");
        assertThat(database.hasTable("note_label")).as("stamp runs no migration").isTrue();
        database.drop("note_label");

        Result downgrade = run("athanor.migrations.command=downgrade", "athanor.migrations.command-target=base");
        assertThat(downgrade.output()).contains("downgrade a1a1a1a1a101 -> base").contains("Database is at base");
        assertThat(downgrade.exitCodes()).containsExactly(0);
        assertThat(database.versions()).isEmpty();
        assertThat(database.hasTable("note")).isFalse();
    }

    @Test
    void aFailingCommandPrintsWhyAndExitsWithOne() {
        Result downgrade = run("athanor.migrations.command=downgrade");
        assertThat(downgrade.output()).contains("athanor.migrations.command=downgrade failed")
                .contains("needs athanor.migrations.command-target");
        assertThat(downgrade.exitCodes()).containsExactly(1);
        assertThat(downgrade.contextClosed()).isTrue();

        Result unknown = run("athanor.migrations.command=upgrade", "athanor.migrations.command-target=ffff99");
        assertThat(unknown.output()).contains("athanor.migrations.command=upgrade failed").contains("ffff99");
        assertThat(unknown.exitCodes()).containsExactly(1);
        assertThat(database.versions()).isEmpty();
        assertThat(database.hasTable("note")).isFalse();
    }
}
