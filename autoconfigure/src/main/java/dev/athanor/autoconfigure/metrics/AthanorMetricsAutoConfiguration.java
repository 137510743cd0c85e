package dev.athanor.autoconfigure.metrics;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrator;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import dev.athanor.orm.SessionFactory;
import dev.athanor.engine.Engine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Binds Athanor's statement, session, compile-cache and migration meters, and HikariCP's pool meters
 * for the engine's pool whether Spring Boot or Athanor created it.
 */
@AutoConfiguration(after = {AthanorAutoConfiguration.class, AthanorMigrationsAutoConfiguration.class,
        AthanorOrmAutoConfiguration.class, AthanorTransactionAutoConfiguration.class},
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")
@ConditionalOnClass({MeterRegistry.class, MeterBinder.class, Engine.class})
@ConditionalOnBean(Engine.class)
public final class AthanorMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AthanorEngineMetrics athanorEngineMetrics(Engine engine) {
        return new AthanorEngineMetrics(engine);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SessionFactory.class)
    AthanorSessionMetrics athanorSessionMetrics(SessionFactory factory) {
        return new AthanorSessionMetrics(factory);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    AthanorPoolMetrics athanorPoolMetrics(Engine engine) {
        return new AthanorPoolMetrics(engine);
    }

    /** Resolves the engine lazily: Spring Boot applies filters while the meter registry is created. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    static AthanorPoolRoleTags athanorPoolRoleTags(ObjectProvider<Engine> engine) {
        return new AthanorPoolRoleTags(engine::getObject);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AthanorMigrator.class)
    AthanorMigrationMetrics athanorMigrationMetrics(AthanorMigrator migrator) {
        return new AthanorMigrationMetrics(migrator);
    }
}
