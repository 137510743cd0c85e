package dev.athanor.autoconfigure.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.metrics.AthanorMetricsAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMigrationMetricsTests {
    private final MigratedDatabase database = MigratedDatabase.h2();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    AthanorAutoConfiguration.class, AthanorMigrationsAutoConfiguration.class,
                    AthanorOrmAutoConfiguration.class, AthanorMetricsAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues(database.property(), AthanorMigrationsAutoConfigurationTests.REVISIONS);

    @Test
    void theStartupUpgradeIsMeasured() {
        contextRunner.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("athanor.migrations.applied").gauge().value()).isEqualTo(2.0);
            assertThat(registry.get("athanor.migrations.duration").timeGauge().value(TimeUnit.MILLISECONDS))
                    .isEqualTo((double) context.getBean(AthanorMigrator.class).lastRunDuration().toMillis());
        });
        contextRunner.run(context -> assertThat(context.getBean(MeterRegistry.class)
                .get("athanor.migrations.applied").gauge().value()).isZero());
        assertThat(database.versions()).containsExactly("a1a1a1a1a102");
    }

    @Test
    void withoutMigrationsThereAreNoMigrationMeters() {
        contextRunner.withPropertyValues("athanor.migrations.enabled=false").run(context ->
                assertThat(context.getBean(MeterRegistry.class).find("athanor.migrations.applied").gauge()).isNull());
        assertThat(database.hasTable("athanor_version")).isFalse();
    }
}
