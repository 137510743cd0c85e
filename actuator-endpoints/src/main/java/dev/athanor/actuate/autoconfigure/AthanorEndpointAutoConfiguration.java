package dev.athanor.actuate.autoconfigure;

import dev.athanor.actuate.drift.AthanorDriftEndpoint;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint;
import dev.athanor.actuate.migration.AthanorMigrationsEndpoint;
import dev.athanor.actuate.schema.AthanorSchemaEndpoint;
import dev.athanor.actuate.schema.AthanorSchemaEndpointWebExtension;
import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsAutoConfiguration;
import dev.athanor.autoconfigure.migrate.AthanorMigrationsProperties;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.orm.Registry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code athanor-schema}, {@code athanor-mappings}, {@code athanor-drift} and
 * {@code athanor-migrations} endpoints; each is reachable only where the application exposes it.
 */
@AutoConfiguration(after = {AthanorAutoConfiguration.class, AthanorMigrationsAutoConfiguration.class,
        AthanorOrmAutoConfiguration.class})
@ConditionalOnClass(Endpoint.class)
@ConditionalOnSingleCandidate(Engine.class)
public final class AthanorEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    AthanorSchemaEndpoint athanorSchemaEndpoint(Engine engine) {
        return new AthanorSchemaEndpoint(engine);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(AthanorSchemaEndpoint.class)
    @ConditionalOnAvailableEndpoint(endpoint = AthanorSchemaEndpoint.class)
    AthanorSchemaEndpointWebExtension athanorSchemaEndpointWebExtension(AthanorSchemaEndpoint endpoint) {
        return new AthanorSchemaEndpointWebExtension(endpoint);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Registry.class)
    @ConditionalOnAvailableEndpoint
    AthanorMappingsEndpoint athanorMappingsEndpoint(Registry registry) {
        return new AthanorMappingsEndpoint(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Registry.class)
    @ConditionalOnAvailableEndpoint
    AthanorDriftEndpoint athanorDriftEndpoint(Engine engine, Registry registry,
                                              ObjectProvider<AthanorMigrationsProperties> migrations) {
        return new AthanorDriftEndpoint(engine, registry, versionTables(migrations));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    AthanorMigrationsEndpoint athanorMigrationsEndpoint(ObjectProvider<MigrationCommands> commands) {
        return new AthanorMigrationsEndpoint(commands.getIfUnique());
    }

    /** The migrations' version table, which the mapping never declares and drift must not report. */
    static String[] versionTables(ObjectProvider<AthanorMigrationsProperties> migrations) {
        AthanorMigrationsProperties properties = migrations.getIfAvailable();
        return properties == null ? new String[0] : new String[] {properties.getTable()};
    }
}
