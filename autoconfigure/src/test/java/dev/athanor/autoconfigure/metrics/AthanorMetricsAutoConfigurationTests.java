package dev.athanor.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.exc.DBAPIError;
import dev.athanor.sql.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AthanorMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    DataSourcePoolMetricsAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorMetricsAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void statementsAreTimedByKindAndOutcome() {
        contextRunner.run(context -> {
            Engine engine = context.getBean(Engine.class);
            engine.transactionWithoutResult(conn -> {
                conn.execute(Sql.text("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
                conn.execute(Sql.text("INSERT INTO t VALUES (1)"));
                conn.execute(Sql.text("INSERT INTO t VALUES (2)"));
                conn.execute(Sql.text("SELECT id FROM t"));
                conn.execute(Sql.text("UPDATE t SET id = 3 WHERE id = 2"));
                conn.execute(Sql.text("DELETE FROM t WHERE id = 3"));
            });
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(count(registry, "ddl", "success")).isEqualTo(1);
            assertThat(count(registry, "insert", "success")).isEqualTo(2);
            assertThat(count(registry, "select", "success")).isEqualTo(1);
            assertThat(count(registry, "update", "success")).isEqualTo(1);
            assertThat(count(registry, "delete", "success")).isEqualTo(1);
        });
    }

    @Test
    void failedStatementsAreTimedWithOutcomeError() {
        contextRunner.run(context -> {
            Engine engine = context.getBean(Engine.class);
            try (Connection conn = engine.connect()) {
                Assertions.assertThatExceptionOfType(DBAPIError.class)
                        .isThrownBy(() -> conn.execute(Sql.text("SELECT * FROM no_such_table")));
            }
            assertThat(count(context.getBean(MeterRegistry.class), "select", "error")).isEqualTo(1);
        });
    }

    @Test
    void compileCacheHitsAndMissesAreCounted() {
        contextRunner.run(context -> {
            Engine engine = context.getBean(Engine.class);
            long hitsBefore = engine.compileCache().hits();
            long missesBefore = engine.compileCache().misses();
            engine.transactionWithoutResult(conn -> {
                conn.execute(Sql.text("SELECT 1"));
                conn.execute(Sql.text("SELECT 1"));
            });
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            double hits = registry.get("athanor.compile.cache").tag("result", "hit").functionCounter().count();
            double misses = registry.get("athanor.compile.cache").tag("result", "miss").functionCounter().count();
            assertThat(hits).isEqualTo(engine.compileCache().hits());
            assertThat(misses).isEqualTo(engine.compileCache().misses());
            assertThat(hits + misses - hitsBefore - missesBefore).isEqualTo(2);
        });
    }

    @Test
    void hikariMetersCoverAPoolAthanorBuiltFromItsUrl() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, AthanorAutoConfiguration.class,
                        AthanorMetricsAutoConfiguration.class))
                .withPropertyValues("athanor.url=jdbc:h2:mem:metered;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    try (Connection conn = engine.connect()) {
                        await().untilAsserted(() -> assertThat(gauge(registry, "hikaricp.connections.active")).isEqualTo(1));
                    }
                    // HikariCP refreshes its pool statistics at most once a second
                    await().untilAsserted(() -> assertThat(gauge(registry, "hikaricp.connections.active")).isZero());
                    assertThat(registry.get("hikaricp.connections.acquire").timer().count()).isEqualTo(1);
                    assertThat(registry.find("hikaricp.connections.usage").timer()).isNotNull();
                    assertThat(registry.find("hikaricp.connections.pending").gauge()).isNotNull();
                    assertThat(registry.find("hikaricp.connections.idle").gauge()).isNotNull();
                    assertThat(registry.find("hikaricp.connections.timeout").counter()).isNotNull();
                });
    }

    @Test
    void hikariMetersCoverTheBootDataSourceOnce() {
        contextRunner.run(context -> {
            Engine engine = context.getBean(Engine.class);
            engine.transaction(conn -> conn.execute(Sql.text("SELECT 1")));
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find("hikaricp.connections.active").gauges()).hasSize(1);
            await().untilAsserted(() -> assertThat(gauge(registry, "hikaricp.connections.active")).isZero());
        });
    }

    @Test
    void metricsBackOffWithoutMicrometer() {
        contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).doesNotHaveBean(AthanorEngineMetrics.class));
    }

    @Test
    void engineMetricsBackOffForAUserDefinedBinder() {
        contextRunner.withUserConfiguration(CustomMetricsConfiguration.class)
                .run(context -> assertThat(context).getBeans(AthanorEngineMetrics.class).containsOnlyKeys("custom"));
    }

    private static double gauge(MeterRegistry registry, String name) {
        return registry.get(name).gauge().value();
    }

    private static long count(MeterRegistry registry, String kind, String outcome) {
        var timer = registry.find("athanor.statements").tag("kind", kind).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomMetricsConfiguration {

        @Bean
        AthanorEngineMetrics custom(Engine engine) {
            return new AthanorEngineMetrics(engine);
        }
    }
}
