package dev.athanor.autoconfigure.migrate;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.AthanorProperties;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorSchemaInitializer;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.orm.Registry;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Upgrades the database with the application's revisions at startup, before the session factory,
 * {@code athanor.schema.action} and every other user of the database (see
 * {@link AthanorMigratorDatabaseInitializerDetector}), or runs {@code athanor.migrations.command}
 * and exits. Active when {@code athanor.migrations.enabled} is true, or unset and the migrations
 * package holds revisions.
 */
@AutoConfiguration(after = AthanorAutoConfiguration.class, before = AthanorOrmAutoConfiguration.class)
@ConditionalOnClass(MigrationCommands.class)
@ConditionalOnBean(Engine.class)
@Conditional(AthanorMigrationsAutoConfiguration.RevisionsCondition.class)
@EnableConfigurationProperties(AthanorMigrationsProperties.class)
public final class AthanorMigrationsAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.migrate");

    @Bean
    @ConditionalOnMissingBean
    MigrationCommands athanorMigrationCommands(Engine engine, AthanorMigrationsProperties properties,
                                               Environment environment, BeanFactory beanFactory) {
        MigrationScripts scripts = MigrationScripts.locate(environment, beanFactory, getClass().getClassLoader());
        if (scripts.isEmpty()) {
            throw AthanorMigrationsException.noRevisions(scripts.packages());
        }
        warnAboutOtherMigrationTools();
        return new MigrationCommands(engine, scripts.directory(), properties.options());
    }

    @Bean
    @ConditionalOnMissingBean
    AthanorMigrator athanorMigrator(MigrationCommands commands, AthanorMigrationsProperties properties,
                                    AthanorProperties athanor, Engine engine, ObjectProvider<Registry> registry,
                                    Environment environment, BeanFactory beanFactory) {
        Registry mapped = registry.getIfUnique();
        return new AthanorMigrator(commands, properties, athanor.getSchema().getAction(),
                MigrationScripts.locate(environment, beanFactory, getClass().getClassLoader()).packageName(),
                mapped == null || mapped.mappers().isEmpty() ? null
                        : () -> AthanorSchemaInitializer.differences(engine, mapped));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("athanor.migrations.command")
    AthanorMigrationCommandRunner athanorMigrationCommandRunner(MigrationCommands commands,
                                                                AthanorMigrationsProperties properties,
                                                                ApplicationContext context) {
        return new AthanorMigrationCommandRunner(commands, properties, context, System.out, System::exit);
    }

    private static void warnAboutOtherMigrationTools() {
        List<String> others = new ArrayList<>();
        ClassLoader loader = AthanorMigrationsAutoConfiguration.class.getClassLoader();
        if (ClassUtils.isPresent("org.flywaydb.core.Flyway", loader)) {
            others.add("Flyway");
        }
        if (ClassUtils.isPresent("liquibase.Liquibase", loader)) {
            others.add("Liquibase");
        }
        if (!others.isEmpty()) {
            LOG.warn("{} is on the class path as well as Athanor's migrations: two tools would change one schema."
                            + " Keep one: remove {}, or set athanor.migrations.enabled=false.",
                    String.join(" and ", others), String.join(" and ", others));
        }
    }

    /** Orders database users after the migrator even where no other auto-configuration imports the configurer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static final class InitializationOrder {
    }

    /**
     * {@code athanor.migrations.enabled=true}, or unset with revisions in the migrations package.
     * Evaluated when beans are registered, not when configurations are parsed: the
     * auto-configuration packages the default package derives from are registered in between.
     */
    static final class RevisionsCondition extends SpringBootCondition implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String enabled = context.getEnvironment().getProperty("athanor.migrations.enabled");
            if (enabled != null && !enabled.isBlank()) {
                return Boolean.parseBoolean(enabled.trim()) ? ConditionOutcome.match("athanor.migrations.enabled=true")
                        : ConditionOutcome.noMatch("athanor.migrations.enabled=false");
            }
            MigrationScripts scripts = MigrationScripts.locate(context.getEnvironment(), context.getBeanFactory(),
                    context.getClassLoader());
            return scripts.isEmpty() ? ConditionOutcome.noMatch("no revisions in " + scripts.packages())
                    : ConditionOutcome.match("revisions in " + scripts.packageName());
        }
    }
}
