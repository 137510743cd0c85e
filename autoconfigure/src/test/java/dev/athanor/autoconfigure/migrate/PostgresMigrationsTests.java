package dev.athanor.autoconfigure.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.PostgresTestDatabase;
import dev.athanor.autoconfigure.fixture.RequiresPostgres;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@RequiresPostgres
class PostgresMigrationsTests {
    private final MigratedDatabase database = new MigratedDatabase(PostgresTestDatabase.jdbcUrl());

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorMigrationsAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues(database.property());

    @BeforeEach
    void emptyDatabase() {
        database.drop("note_label", "note", "ledger", "athanor_version");
    }

    @Test
    void revisionsAreAppliedBeforeDatabaseUsersAndTheSchemaValidation() {
        contextRunner.withUserConfiguration(NoteCounter.class)
                .withPropertyValues(AthanorMigrationsAutoConfigurationTests.REVISIONS, "athanor.schema.action=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(NoteCounter.StartupCount.class).notes()).isZero();
                });
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
        assertThat(database.count("note_label")).isZero();
    }

    @Test
    void twoInstancesStartingTogetherMigrateOnce() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> applied = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread instance = new Thread(() -> {
                try {
                    start.await();
                    contextRunner.withPropertyValues(AthanorMigrationsAutoConfigurationTests.REVISIONS).run(context -> {
                        assertThat(context).hasNotFailed();
                        applied.add(context.getBean(AthanorMigrator.class).lastRun().steps().size());
                    });
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "instance-" + i);
            instance.start();
            instances.add(instance);
        }
        start.countDown();
        for (Thread instance : instances) {
            instance.join();
        }
        assertThat(failures).isEmpty();
        assertThat(applied).containsExactlyInAnyOrder(2, 0);
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
    }

    @Test
    void aFailedMigrationIsRolledBackWholeAndReported() {
        contextRunner.withPropertyValues("athanor.migrations.package=dev.athanor.autoconfigure.migrate.failing")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = AthanorMigrationsAutoConfigurationTests.analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Migration b2b2b2b2b202 failed")
                            .contains("operation: op.execute(INSERT INTO no_such_ledger (id) VALUES (1))")
                            .contains("SQL: INSERT INTO no_such_ledger (id) VALUES (1)")
                            .contains("no_such_ledger")
                            .contains("the whole run was rolled back");
                });
        // PostgreSQL's DDL is transactional: the run is one transaction, so nothing of it stays
        assertThat(database.hasTable("ledger")).isFalse();
        assertThat(database.versions()).isEmpty();
    }
}
