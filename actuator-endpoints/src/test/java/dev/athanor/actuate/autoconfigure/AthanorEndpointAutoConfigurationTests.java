package dev.athanor.actuate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.actuate.drift.AthanorDriftEndpoint;
import dev.athanor.actuate.health.AthanorHealthIndicator;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint;
import dev.athanor.actuate.migration.AthanorMigrationsEndpoint;
import dev.athanor.actuate.schema.AthanorSchemaEndpoint;
import dev.athanor.actuate.schema.AthanorSchemaEndpointWebExtension;
import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.engine.Engine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AthanorEndpointAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class,
                    AthanorEndpointAutoConfiguration.class, AthanorHealthContributorAutoConfiguration.class))
            .withPropertyValues("athanor.url=jdbc:h2:mem:endpoints;DB_CLOSE_DELAY=-1",
                    "athanor.entity-packages=dev.athanor.actuate.fixture");

    @Test
    void endpointsAreNotCreatedUnlessExposed() {
        contextRunner.run(context -> assertThat(context).doesNotHaveBean(AthanorSchemaEndpoint.class)
                .doesNotHaveBean(AthanorSchemaEndpointWebExtension.class)
                .doesNotHaveBean(AthanorMappingsEndpoint.class)
                .doesNotHaveBean(AthanorDriftEndpoint.class)
                .doesNotHaveBean(AthanorMigrationsEndpoint.class));
    }

    @Test
    void everyEndpointIsCreatedWhenExposedOverHttp() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*")
                .run(context -> assertThat(context).hasSingleBean(AthanorSchemaEndpoint.class)
                        .hasSingleBean(AthanorSchemaEndpointWebExtension.class)
                        .hasSingleBean(AthanorMappingsEndpoint.class)
                        .hasSingleBean(AthanorDriftEndpoint.class)
                        .hasSingleBean(AthanorMigrationsEndpoint.class));
    }

    @Test
    void onlyTheExposedEndpointIsCreated() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=athanor-drift")
                .run(context -> assertThat(context).hasSingleBean(AthanorDriftEndpoint.class)
                        .doesNotHaveBean(AthanorSchemaEndpoint.class));
    }

    @Test
    void anEndpointWithoutAccessIsNotCreatedEvenWhenExposed() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*",
                        "management.endpoint.athanor-schema.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(AthanorSchemaEndpoint.class)
                        .hasSingleBean(AthanorMappingsEndpoint.class));
    }

    @Test
    void theHealthIndicatorIsRegisteredAsAthanor() {
        contextRunner.run(context -> assertThat(context).hasSingleBean(AthanorHealthIndicator.class)
                .hasBean("athanorHealthIndicator"));
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        contextRunner.withPropertyValues("management.health.athanor.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AthanorHealthIndicator.class));
    }

    @Test
    void theSchemaEndpointBacksOffForAUserEndpoint() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*")
                .withUserConfiguration(UserSchemaEndpoint.class)
                .run(context -> assertThat(context).getBean(AthanorSchemaEndpoint.class)
                        .isSameAs(context.getBean("userSchemaEndpoint")));
    }

    @Test
    void nothingIsRegisteredWithoutAnEngine() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AthanorEndpointAutoConfiguration.class,
                        AthanorHealthContributorAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=*")
                .run(context -> assertThat(context).doesNotHaveBean(AthanorSchemaEndpoint.class)
                        .doesNotHaveBean(AthanorHealthIndicator.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSchemaEndpoint {

        @Bean
        AthanorSchemaEndpoint userSchemaEndpoint(Engine engine) {
            return new AthanorSchemaEndpoint(engine);
        }
    }
}
