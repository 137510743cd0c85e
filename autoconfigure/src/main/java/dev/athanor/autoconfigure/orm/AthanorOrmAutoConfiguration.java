package dev.athanor.autoconfigure.orm;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.AthanorProperties;
import dev.athanor.engine.Engine;
import dev.athanor.orm.NPlusOneMode;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Creates the {@link Registry} of entity classes (scanned from {@code athanor.entity-packages},
 * else the auto-configuration packages), the {@link SessionFactory} (with
 * {@code athanor.session.*} and the {@code athanor.diagnostics.n-plus-one} detector), and runs
 * {@code athanor.schema.action}.
 */
@AutoConfiguration(after = AthanorAutoConfiguration.class)
@ConditionalOnClass(SessionFactory.class)
@ConditionalOnBean(Engine.class)
public final class AthanorOrmAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Registry athanorRegistry(AthanorProperties properties, BeanFactory beanFactory) {
        List<String> explicit = properties.getEntityPackages();
        if (!explicit.isEmpty()) {
            return Registry.scan(explicit.toArray(String[]::new));
        }
        List<String> packages = AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory) : List.of();
        return EntityScan.scanOrEmpty(packages);
    }

    @Bean
    @ConditionalOnMissingBean
    AthanorSchemaInitializer athanorSchemaInitializer(Engine engine, Registry registry, AthanorProperties properties) {
        return new AthanorSchemaInitializer(engine, registry, properties.getSchema().getAction());
    }

    @Bean
    @ConditionalOnMissingBean
    SessionFactory athanorSessionFactory(Engine engine, Registry registry, AthanorProperties properties,
                                         ObjectProvider<AthanorSchemaInitializer> schema,
                                         ObjectProvider<SessionListener> listeners) {
        // sessions must not run before the schema action has created or validated the tables
        schema.ifAvailable(initializer -> { });
        SessionFactory factory = SessionFactory.builder(engine, registry)
                .expireOnCommit(properties.getSession().isExpireOnCommit())
                .autoflush(properties.getSession().isAutoflush())
                .nPlusOne(NPlusOneMode.valueOf(properties.getDiagnostics().getNPlusOne().name()),
                        properties.getDiagnostics().getNPlusOneThreshold())
                .build();
        listeners.orderedStream().forEach(factory::addListener);
        return factory;
    }
}
