package dev.athanor.autoconfigure.test;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;

/**
 * Replaces the application's DataSource with a fresh embedded database for an
 * {@link AthanorTest}, unless {@code @AutoConfigureAthanorTestDatabase(replace = NONE)}.
 */
@AutoConfiguration(before = AthanorAutoConfiguration.class,
        beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({EmbeddedDatabase.class, EmbeddedDatabaseConnection.class})
@ConditionalOnProperty(prefix = "athanor.test.database", name = "replace", havingValue = "any", matchIfMissing = true)
public final class AthanorTestDatabaseAutoConfiguration {

    @Bean
    static EmbeddedDataSourceReplacement athanorEmbeddedDataSourceReplacement() {
        return new EmbeddedDataSourceReplacement();
    }

    /**
     * Swaps the single (or primary) DataSource bean definition, whoever declared it, for an embedded
     * database; registers one when the application declares none.
     */
    static final class EmbeddedDataSourceReplacement implements BeanDefinitionRegistryPostProcessor, Ordered {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            ConfigurableListableBeanFactory beanFactory = (ConfigurableListableBeanFactory) registry;
            String name = replacedName(beanFactory);
            BeanDefinition previous = null;
            if (registry.containsBeanDefinition(name)) {
                previous = registry.getBeanDefinition(name);
                registry.removeBeanDefinition(name);
            }
            RootBeanDefinition embedded = new RootBeanDefinition(EmbeddedDatabase.class,
                    EmbeddedDataSourceReplacement::embeddedDatabase);
            embedded.setDestroyMethodName("shutdown");
            embedded.setPrimary(previous == null || previous.isPrimary());
            registry.registerBeanDefinition(name, embedded);
        }

        private static String replacedName(ConfigurableListableBeanFactory beanFactory) {
            List<String> names = Arrays.asList(beanFactory.getBeanNamesForType(DataSource.class, true, false));
            if (names.isEmpty()) {
                return "dataSource";
            }
            if (names.size() == 1) {
                return names.get(0);
            }
            List<String> primary = names.stream().filter(beanFactory::containsBeanDefinition)
                    .filter(name -> beanFactory.getBeanDefinition(name).isPrimary()).toList();
            if (primary.size() != 1) {
                throw new IllegalStateException("@AthanorTest replaces the application's DataSource with an embedded"
                        + " database, but found " + names.size() + " DataSource beans " + names + " and no single"
                        + " @Primary one: mark one @Primary, or keep them with"
                        + " @AutoConfigureAthanorTestDatabase(replace = Replace.NONE)");
            }
            return primary.get(0);
        }

        private static EmbeddedDatabase embeddedDatabase() {
            EmbeddedDatabaseConnection connection = EmbeddedDatabaseConnection
                    .get(EmbeddedDataSourceReplacement.class.getClassLoader());
            if (connection == EmbeddedDatabaseConnection.NONE) {
                throw new IllegalStateException("@AthanorTest runs on an embedded database, but none is on the class"
                        + " path: add H2 (com.h2database:h2) with test scope, or keep the configured database with"
                        + " @AutoConfigureAthanorTestDatabase(replace = Replace.NONE)");
            }
            return new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(connection.getType()).build();
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
