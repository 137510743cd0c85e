package dev.athanor.autoconfigure.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.autoconfigure.migrate.app.MigratingApplication;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMigrationsAutoConfigurationTests {
    static final String REVISIONS = "athanor.migrations.package=dev.athanor.autoconfigure.migrate.revisions";

    private final MigratedDatabase database = MigratedDatabase.h2();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorMigrationsAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues(database.property());

    @Test
    void revisionsAreAppliedBeforeTheSessionFactoryValidationAndDatabaseUsers() {
        contextRunner.withUserConfiguration(NoteCounter.class)
                .withPropertyValues(REVISIONS, "athanor.schema.action=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(NoteCounter.StartupCount.class).notes()).isZero();
                    assertThat(context.getBean(AthanorMigrator.class).lastRun().steps()).hasSize(2);
                    try (Session session = context.getBean(SessionFactory.class).open()) {
                        session.add(new Note("migrated"));
                        session.commit();
                    }
                });
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
        assertThat(database.count("note")).isEqualTo(1);
        assertThat(database.count("note_label")).isZero();
    }

    @Test
    void springSqlInitRunsAfterTheMigrations() {
        contextRunner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues(REVISIONS, "spring.sql.init.mode=always",
                        "spring.sql.init.data-locations=classpath:note-data.sql")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
        assertThat(database.count("note")).isEqualTo(1);
    }

    @Test
    void aSecondStartFindsNothingToDo() {
        contextRunner.withPropertyValues(REVISIONS).run(context -> assertThat(context).hasNotFailed());
        contextRunner.withPropertyValues(REVISIONS).run(context ->
                assertThat(context.getBean(AthanorMigrator.class).lastRun().steps()).isEmpty());
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
    }

    @Test
    void targetStopsTheUpgradeAtThatRevision() {
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.target=a1a1a1a1a101",
                "athanor.migrations.table=app_version").run(context -> assertThat(context).hasNotFailed());
        assertThat(database.hasTable("app_version")).isTrue();
        assertThat(database.hasTable("athanor_version")).isFalse();
        assertThat(database.hasTable("note")).isTrue();
        assertThat(database.hasTable("note_label")).isFalse();
    }

    @Test
    void revisionsInTheApplicationsMigrationsSubpackageAreFoundWithoutConfiguration() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        AthanorAutoConfiguration.class, AthanorMigrationsAutoConfiguration.class,
                        AthanorOrmAutoConfiguration.class))
                .withUserConfiguration(MigratingApplication.class)
                .withPropertyValues(database.property())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AthanorMigrator.class));
        assertThat(database.versions()).containsExactly("d4d4d4d4d401");
        assertThat(database.count("app_setting")).isZero();
    }

    @Test
    void backsOffWhenTheMigrationsPackageHasNoRevisions() {
        contextRunner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(AthanorMigrator.class)
                    .doesNotHaveBean(MigrationCommands.class);
        });
        assertThat(database.hasTable("athanor_version")).isFalse();
    }

    @Test
    void enabledFalseLeavesTheDatabaseAlone() {
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AthanorMigrator.class));
        assertThat(database.hasTable("athanor_version")).isFalse();
        assertThat(database.hasTable("note")).isFalse();
    }

    @Test
    void enabledWithoutRevisionsFailsNamingThePackage() {
        contextRunner.withPropertyValues("athanor.migrations.enabled=true",
                "athanor.migrations.package=dev.athanor.autoconfigure.migrate.none").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(analysis(context.getStartupFailure()).getDescription())
                            .contains("athanor.migrations.enabled=true")
                            .contains("dev.athanor.autoconfigure.migrate.none");
                });
    }

    @Test
    void validateAfterUpgradeFailsListingWhatTheRevisionsMissed() {
        contextRunner.withPropertyValues("athanor.migrations.package=dev.athanor.autoconfigure.migrate.partial")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("After upgrading to c3c3c3c3c301")
                            .contains("title");
                    assertThat(analysis.getAction()).contains("athanor.migrations.validate-after-upgrade=false");
                });
        // the upgrade itself stays: the check runs after it, as a startup check and not a rollback
        assertThat(database.versions()).containsExactly("c3c3c3c3c301");
        assertThat(database.count("note")).isZero();
    }

    @Test
    void validateAfterUpgradeFalseStartsWithTheDifference() {
        contextRunner.withPropertyValues("athanor.migrations.package=dev.athanor.autoconfigure.migrate.partial",
                "athanor.migrations.validate-after-upgrade=false").run(context -> assertThat(context).hasNotFailed());
        assertThat(database.versions()).containsExactly("c3c3c3c3c301");
    }

    @Test
    void schemaActionCreateWithMigrationsIsRefusedBeforeTouchingTheDatabase() {
        for (String action : new String[] {"create", "create-drop"}) {
            contextRunner.withPropertyValues(REVISIONS, "athanor.schema.action=" + action).run(context -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = analysis(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("athanor.schema.action=" + action)
                        .contains("dev.athanor.autoconfigure.migrate.revisions");
                assertThat(analysis.getAction()).contains("athanor.migrations.enabled=false");
            });
        }
        assertThat(database.hasTable("note")).isFalse();
        assertThat(database.hasTable("athanor_version")).isFalse();
    }

    @Test
    void aFailedMigrationIsReportedWithRevisionSqlErrorAndWhatToDo() {
        contextRunner.withPropertyValues("athanor.migrations.package=dev.athanor.autoconfigure.migrate.failing")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Migration b2b2b2b2b202 failed")
                            .contains("operation: op.execute(INSERT INTO no_such_ledger (id) VALUES (1))")
                            .contains("SQL: INSERT INTO no_such_ledger (id) VALUES (1)")
                            .containsIgnoringCase("database error:").containsIgnoringCase("no_such_ledger")
                            .contains("the database is at b2b2b2b2b201");
                    assertThat(analysis.getAction()).contains("Fix revision b2b2b2b2b202")
                            .contains("--athanor.migrations.command=stamp")
                            .contains("--athanor.migrations.command-target=b2b2b2b2b202");
                });
        // H2 commits DDL as it runs: the first revision stays; the failed one's insert was rolled back
        assertThat(database.versions()).containsExactly("b2b2b2b2b201");
        assertThat(database.hasTable("ledger")).isTrue();
        assertThat(database.count("ledger")).isZero();
    }

    @Test
    void badValuesFailStartupNamingTheProperty() {
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.table=bad-name").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("athanor.migrations.table: Version table name 'bad-name'");
        });
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.target= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("athanor.migrations.target must name a revision");
        });
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.package=not a package").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("athanor.migrations.package must be a Java package name");
        });
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.command=upgrayde").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("Failed to bind properties under 'athanor.migrations.command'");
        });
        contextRunner.withPropertyValues(REVISIONS, "athanor.migrations.target=nosuchrevision").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("nosuchrevision");
        });
        assertThat(database.hasTable("note")).isFalse();
    }

    static FailureAnalysis analysis(Throwable failure) {
        FailureAnalysis analysis = new AthanorMigrationsFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("analysis of %s", failure).isNotNull();
        return analysis;
    }
}
