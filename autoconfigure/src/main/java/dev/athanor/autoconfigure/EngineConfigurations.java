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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The ways the auto-configured engine is made, tried in order: URL, then the application's DataSource. */
final class EngineConfigurations {
    private static final Logger LOG = LoggerFactory.getLogger(AthanorAutoConfiguration.class);

    private EngineConfigurations() {
    }

    /**
     * An engine with its own pool, built from {@code athanor.url}, whose pool is also the
     * application's {@code DataSource}: registered before Spring Boot's DataSource
     * auto-configuration, which then backs off, so {@code JdbcTemplate}, Boot's {@code db} health
     * check and the Hikari metrics all see the one pool the engine uses.
     */
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

        /** The engine's pool as the DataSource; the engine owns it and closes it when disposed. */
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean(DataSource.class)
        DataSource dataSource(Engine engine) {
            return engine.pool().dataSource();
        }

        private static void warnIfDataSourceIgnored(String url, ConfigurableListableBeanFactory beanFactory,
                                                    Environment environment) {
            String[] others = Arrays.stream(beanFactory.getBeanNamesForType(DataSource.class, false, false))
                    .filter(name -> !isEnginePool(beanFactory, name))
                    .toArray(String[]::new);
            if (others.length > 0) {
                LOG.warn("Both athanor.url ({}) and DataSource bean(s) {} are configured: Athanor uses athanor.url"
                                + " with its own pool, so JdbcTemplate on the DataSource will not share Athanor's"
                                + " transactions. Remove athanor.url to have Athanor use the DataSource.",
                        DatabaseUrls.masked(url), Arrays.toString(others));
            } else if (environment.containsProperty("spring.datasource.url")) {
                LOG.warn("Both athanor.url ({}) and spring.datasource.url are set: Athanor uses athanor.url and"
                                + " its pool is the application's DataSource, so spring.datasource.* is not used."
                                + " Remove one of the two.", DatabaseUrls.masked(url));
            }
        }

        /** Whether the DataSource bean is the engine's own pool, declared just above. */
        private static boolean isEnginePool(ConfigurableListableBeanFactory beanFactory, String name) {
            if (!beanFactory.containsBeanDefinition(name)) {
                return false;
            }
            String factory = beanFactory.getBeanDefinition(name).getFactoryBeanName();
            return factory != null && beanFactory.containsBeanDefinition(factory)
                    && Url.class.getName().equals(beanFactory.getBeanDefinition(factory).getBeanClassName());
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

    /**
     * An engine over the application's single (or primary) DataSource, which keeps the pool; with
     * none, startup fails with a report saying how to configure a database. The DataSource is
     * looked up when the engine is created, not when configurations are read, because Spring
     * Boot's DataSource auto-configuration runs after this one.
     */
    @Configuration(proxyBeanMethods = false)
    static final class ApplicationDataSource {

        @Bean(destroyMethod = "dispose")
        @ConditionalOnMissingBean
        Engine athanorEngine(ObjectProvider<DataSource> dataSources, ListableBeanFactory beanFactory,
                             AthanorProperties properties, ObjectProvider<EngineOptionsCustomizer> customizers,
                             ObjectProvider<ExecutionListener> listeners) {
            if (!properties.getReplicas().isEmpty()) {
                throw new IllegalStateException("athanor.replicas is set but athanor.url is not: read replicas get"
                        + " pools of their own beside the primary's, which Athanor builds only from athanor.url;"
                        + " set athanor.url to the primary (it then also serves as the DataSource)");
            }
            DataSource dataSource = dataSources.getIfUnique();
            if (dataSource == null) {
                throw new AthanorDatabaseNotConfiguredException(
                        Arrays.asList(beanFactory.getBeanNamesForType(DataSource.class, false, false)));
            }
            Engine engine = Athanor.createEngine(dataSource, dialectOf(dataSource),
                    AthanorAutoConfiguration.options(properties, customizers));
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
}
