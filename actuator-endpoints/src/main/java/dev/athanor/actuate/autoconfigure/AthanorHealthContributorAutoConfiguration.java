package dev.athanor.actuate.autoconfigure;

import dev.athanor.actuate.health.AthanorHealthIndicator;
import dev.athanor.actuate.health.AthanorHealthProperties;
import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.actuate.migration.MigrationState;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsProperties;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.autogenerate.SchemaComparator;
import dev.athanor.orm.Registry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code athanor} health indicator (off with {@code management.health.athanor.enabled=false}).
 */
@AutoConfiguration(after = {AthanorAutoConfiguration.class, AthanorMigrationsAutoConfiguration.class,
        AthanorOrmAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(Engine.class)
@ConditionalOnEnabledHealthIndicator("athanor")
@EnableConfigurationProperties(AthanorHealthProperties.class)
public final class AthanorHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "athanorHealthIndicator")
    AthanorHealthIndicator athanorHealthIndicator(Engine engine, AthanorHealthProperties properties,
                                                  ObjectProvider<Registry> registry,
                                                  ObjectProvider<MigrationCommands> migrations,
                                                  ObjectProvider<AthanorMigrationsProperties> migrationProperties) {
        Registry mapped = properties.isDrift() ? registry.getIfUnique() : null;
        MigrationCommands commands = migrations.getIfUnique();
        return new AthanorHealthIndicator(engine, properties.getTimeout(), mapped == null ? null
                : () -> new SchemaComparator(engine.inspector())
                        .ignoringTables(AthanorEndpointAutoConfiguration.versionTables(migrationProperties))
                        .compare(mapped.metadata()),
                commands == null ? null : () -> MigrationState.of(commands),
                properties.isOutOfServiceWhileMigrationsPending());
    }
}
