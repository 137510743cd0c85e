package dev.athanor.actuate.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.actuate.autoconfigure.AthanorEndpointAutoConfiguration;
import dev.athanor.actuate.drift.AthanorDriftEndpoint;
import dev.athanor.actuate.autoconfigure.AthanorHealthContributorAutoConfiguration;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.actuate.health.AthanorHealthIndicator;
import dev.athanor.actuate.migration.AthanorMigrationsEndpoint.MigrationsDescriptor;
import dev.athanor.actuate.migration.AthanorMigrationsEndpoint.RevisionDescriptor;
import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.autogenerate.SchemaDifference;
import dev.athanor.sql.Sql;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMigrationsEndpointTests {
    private static final String ROOT = "5e1f00000001";
    private static final String AUDIT = "5e1f00000002";
    private static final String POSITION = "5e1f00000003";
    private static final String MERGE = "5e1f00000004";

    private static ApplicationContextRunner contextRunner(String url) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class,
                        AthanorMigrationsAutoConfiguration.class, AthanorOrmAutoConfiguration.class,
                        AthanorEndpointAutoConfiguration.class, AthanorHealthContributorAutoConfiguration.class))
                .withPropertyValues("athanor.url=" + url, "management.endpoints.web.exposure.include=*",
                        "athanor.migrations.package=dev.athanor.actuate.migration.revisions");
    }

    /** A URL of the database with none of the revisions' tables. */
    private static String emptied(LibraryDatabase database) {
        database.assumeReachable();
        String url = database.url();
        try (Engine engine = Athanor.createEngine(url); Connection connection = engine.connect()) {
            for (String table : List.of("shelf_audit", "shelf", "athanor_version", "shelf_version")) {
                connection.execute(Sql.text("DROP TABLE IF EXISTS " + table));
            }
            connection.commit();
        }
        return url;
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void aDatabaseBelowHeadListsAppliedAndPendingRevisionsAndHealthSaysPending(LibraryDatabase database) {
        contextRunner(emptied(database)).withPropertyValues("athanor.migrations.target=" + ROOT).run(context -> {
            MigrationsDescriptor migrations = context.getBean(AthanorMigrationsEndpoint.class).migrations();
            assertThat(migrations.status()).isEqualTo("pending");
            assertThat(migrations.current()).containsExactly(ROOT);
            assertThat(migrations.heads()).containsExactly(MERGE);
            assertThat(migrations.pending()).isEqualTo(3);
            assertThat(migrations.revisions()).extracting(RevisionDescriptor::revision)
                    .startsWith(ROOT).containsExactlyInAnyOrder(ROOT, AUDIT, POSITION, MERGE).endsWith(MERGE);
            assertThat(migrations.revisions()).filteredOn(r -> r.state().equals("applied"))
                    .extracting(RevisionDescriptor::revision).containsExactly(ROOT);
            RevisionDescriptor audit = migrations.revisions().stream().filter(r -> r.revision().equals(AUDIT))
                    .findFirst().orElseThrow();
            assertThat(audit).isEqualTo(new RevisionDescriptor(AUDIT, "create shelf_audit", List.of(ROOT),
                    List.of("audit"), List.of(), "pending"));
            assertThat(migrations.revisions().get(3).downRevisions()).containsExactly(AUDIT, POSITION);

            Health health = context.getBean(AthanorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("migrations", "pending: 3");
        });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void healthIsOutOfServiceWhilePendingWhenAsked(LibraryDatabase database) {
        String url = emptied(database);
        contextRunner(url).withPropertyValues("athanor.migrations.target=" + AUDIT,
                "management.health.athanor.out-of-service-while-migrations-pending=true").run(context -> {
                    Health health = context.getBean(AthanorHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                    assertThat(health.getDetails()).containsEntry("migrations", "pending: 2");
                });
        contextRunner(url).withPropertyValues("management.health.athanor.out-of-service-while-migrations-pending=true")
                .run(context -> {
                    Health health = context.getBean(AthanorHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("migrations", "up-to-date");
                });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void aDatabaseAtHeadIsUpToDateWithEveryRevisionApplied(LibraryDatabase database) {
        contextRunner(emptied(database)).run(context -> {
            MigrationsDescriptor migrations = context.getBean(AthanorMigrationsEndpoint.class).migrations();
            assertThat(migrations.status()).isEqualTo("up-to-date");
            assertThat(migrations.current()).containsExactly(MERGE);
            assertThat(migrations.pending()).isZero();
            assertThat(migrations.revisions()).extracting(RevisionDescriptor::state).containsOnly("applied").hasSize(4);
        });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void driftDoesNotReportTheVersionTable(LibraryDatabase database) {
        contextRunner(emptied(database)).withPropertyValues("athanor.entity-packages=dev.athanor.actuate.fixture",
                "athanor.migrations.validate-after-upgrade=false", "athanor.migrations.table=shelf_version",
                "management.health.athanor.drift=true").run(context -> {
                    assertThat(context.getBean(AthanorDriftEndpoint.class).drift().differences())
                            .extracting(SchemaDifference::table).contains("shelf", "shelf_audit")
                            .doesNotContain("shelf_version", "athanor_version");
                });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void aRevisionTheScriptsDoNotKnowIsReportedAheadOfScripts(LibraryDatabase database) {
        contextRunner(emptied(database)).run(context -> {
            try (Connection connection = context.getBean(Engine.class).connect()) {
                connection.execute(Sql.text("UPDATE athanor_version SET version_num = 'feedfacefeed'"));
                connection.commit();
            }
            MigrationsDescriptor migrations = context.getBean(AthanorMigrationsEndpoint.class).migrations();
            assertThat(migrations.status()).isEqualTo("ahead-of-scripts");
            assertThat(migrations.current()).containsExactly("feedfacefeed");
            assertThat(migrations.revisions()).filteredOn(r -> r.state().equals("unknown-to-scripts"))
                    .extracting(RevisionDescriptor::revision).containsExactly("feedfacefeed");
            assertThat(context.getBean(AthanorHealthIndicator.class).health().getDetails())
                    .containsEntry("migrations", "ahead-of-scripts");
        });
    }

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void withoutMigrationsTheEndpointSaysNotConfigured(LibraryDatabase database) {
        contextRunner(database.url()).withPropertyValues("athanor.migrations.enabled=false").run(context -> {
            assertThat(context.getBean(AthanorMigrationsEndpoint.class).migrations().status())
                    .isEqualTo("not-configured");
            assertThat(context.getBean(AthanorHealthIndicator.class).health().getDetails())
                    .doesNotContainKey("migrations");
        });
    }
}
