package dev.athanor.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Engine;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.exc.ArgumentError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The ways the auto-configured engine is made, tried in order: URL, single DataSource, failure. */
final class EngineConfigurations {
    private static final Logger LOG = LoggerFactory.getLogger(AthanorAutoConfiguration.class);

    private EngineConfigurations() {
    }

    /** An engine with its own pool, built from {@code athanor.url}; it wins over any DataSource. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(UrlCondition.class)
    static final class Url {

        @Bean(destroyMethod = "dispose")
        @ConditionalOnMissingBean
        Engine athanorEngine(AthanorProperties properties, ObjectProvider<EngineOptionsCustomizer> customizers,
                             ObjectProvider<ExecutionListener> listeners, ConfigurableListableBeanFactory beanFactory,
                             Environment environment) {
            String url = properties.getUrl();
            warnIfDataSourceIgnored(url, beanFactory, environment);
            Engine engine;
            try {
                engine = Athanor.createEngine(url, AthanorAutoConfiguration.options(properties, customizers));
            } catch (ArgumentError e) {
                throw new InvalidAthanorUrlException(url, e);
            }
            return AthanorAutoConfiguration.withListeners(engine, listeners);
        }

        private static void warnIfDataSourceIgnored(String url, ConfigurableListableBeanFactory beanFactory,
                                                    Environment environment) {
            String[] configured = Arrays.stream(beanFactory.getBeanNamesForType(DataSource.class, false, false))
                    .filter(name -> environment.containsProperty("spring.datasource.url")
                            || !isBootGenerated(beanFactory, name))
                    .toArray(String[]::new);
            if (configured.length > 0) {
                LOG.warn("Both athanor.url ({}) and DataSource bean(s) {} are configured: Athanor uses athanor.url"
                                + " with its own pool, so JdbcTemplate on the DataSource will not share Athanor's"
                                + " transactions. Remove athanor.url to have Athanor use the DataSource.",
                        DatabaseUrls.masked(url), Arrays.toString(configured));
            }
        }

        /** Whether Spring Boot made the DataSource itself, for an embedded database nobody asked for. */
        private static boolean isBootGenerated(ConfigurableListableBeanFactory beanFactory, String name) {
            if (!beanFactory.containsBeanDefinition(name)) {
                return false;
            }
            String factory = beanFactory.getBeanDefinition(name).getFactoryBeanName();
            if (factory == null || !beanFactory.containsBeanDefinition(factory)) {
                return false;
            }
            String factoryClass = beanFactory.getBeanDefinition(factory).getBeanClassName();
            return factoryClass != null && factoryClass.startsWith("org.springframework.boot.jdbc.autoconfigure.");
        }
    }

    /** Matches when {@code athanor.url} has text; a blank value (as {@code @AthanorTest} sets) counts as unset. */
    static final class UrlCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("athanor.url"))
                    ? ConditionOutcome.match("athanor.url is set") : ConditionOutcome.noMatch("athanor.url is not set");
        }
    }

    /** An engine over the application's single (or primary) DataSource, which keeps the pool. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    static final class SingleDataSource {

        @Bean(destroyMethod = "dispose")
        @ConditionalOnMissingBean
        Engine athanorEngine(DataSource dataSource, AthanorProperties properties,
                             ObjectProvider<EngineOptionsCustomizer> customizers,
                             ObjectProvider<ExecutionListener> listeners) {
            Engine engine = Athanor.createEngine(dataSource, dialectOf(dataSource), AthanorAutoConfiguration.options(properties, customizers));
            return AthanorAutoConfiguration.withListeners(engine, listeners);
        }

        private static Dialect dialectOf(DataSource dataSource) {
            if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
                return Dialects.forJdbcUrl(hikari.getJdbcUrl());
            }
            try (Connection connection = dataSource.getConnection()) {
                return Dialects.forJdbcUrl(connection.getMetaData().getURL());
            } catch (SQLException e) {
                throw new DataSourceConnectionException(dataSource, e);
            }
        }
    }

    /** Fails startup with a report saying how to configure a database when there is none. */
    @Configuration(proxyBeanMethods = false)
    static final class NoDatabase {

        @Bean
        @ConditionalOnMissingBean
        Engine athanorEngine(ListableBeanFactory beanFactory) {
            throw new AthanorDatabaseNotConfiguredException(
                    Arrays.asList(beanFactory.getBeanNamesForType(DataSource.class, false, false)));
        }
    }
}
