package dev.athanor.autoconfigure.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import dev.athanor.sql.Sql;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AthanorOrmAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void registryMapsTheEntitiesOfTheAutoConfigurationPackages() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(Registry.class).hasSingleBean(SessionFactory.class);
            assertThat(context.getBean(Registry.class).isMapped(Note.class)).isTrue();
        });
    }

    @Test
    void registryIsEmptyWhenTheApplicationHasNoEntities() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(Registry.class).mappers()).isEmpty());
    }

    @Test
    void entityPackagesReplaceTheAutoConfigurationPackages() {
        contextRunner.withPropertyValues("athanor.entity-packages=dev.athanor.autoconfigure.nothing.here")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context).getFailure().rootCause().hasMessageContaining("dev.athanor.autoconfigure.nothing.here");
                });
    }

    @Test
    void sessionFactoryTakesTheSessionProperties() {
        contextRunner.withPropertyValues("athanor.session.expire-on-commit=false", "athanor.session.autoflush=false")
                .run(context -> {
                    SessionFactory factory = context.getBean(SessionFactory.class);
                    assertThat(factory.expireOnCommit()).isFalse();
                    assertThat(factory.autoflush()).isFalse();
                    assertThat(factory.engine()).isSameAs(context.getBean(Engine.class));
                });
    }

    @Test
    void sessionListenerBeansAreRegistered() {
        AtomicInteger flushes = new AtomicInteger();
        contextRunner.withPropertyValues("athanor.schema.action=create")
                .withBean(SessionListener.class, () -> new SessionListener() {
                    @Override
                    public void afterFlush(Session session) {
                        flushes.incrementAndGet();
                    }
                })
                .run(context -> {
                    try (Session session = context.getBean(SessionFactory.class).open()) {
                        session.add(new Note("listened"));
                        session.commit();
                    }
                    assertThat(flushes).hasValue(1);
                });
    }

    @Test
    void schemaActionCreateMakesTheMappedTables() {
        contextRunner.withPropertyValues("athanor.schema.action=create").run(context -> {
            assertThat(context.getBean(Engine.class).inspector().hasTable("note")).isTrue();
        });
    }

    @Test
    void schemaActionCreateDropDropsTheTablesAtShutdown() {
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:dropped;DB_CLOSE_DELAY=-1",
                "athanor.schema.action=create-drop").run(context -> {
                    assertThat(context.getBean(Engine.class).inspector().hasTable("note")).isTrue();
                    context.close();
                });
        try (Engine engine = dev.athanor.Athanor.createEngine("jdbc:h2:mem:dropped;DB_CLOSE_DELAY=-1;USER=sa")) {
            assertThat(engine.inspector().hasTable("note")).isFalse();
        }
    }

    @Test
    void schemaActionValidateFailsListingEveryDifference() {
        contextRunner.withPropertyValues("athanor.schema.action=validate").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("table 'note' is missing");
        });
    }

    @Test
    void schemaActionValidateNamesMissingColumnsAndNullability() {
        contextRunner.withPropertyValues("athanor.schema.action=validate")
                .withUserConfiguration(PartialNoteTable.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("column 'note.title' is missing");
                });
    }

    @Test
    void schemaActionValidateNamesAColumnOfAnotherType() {
        contextRunner.withPropertyValues("athanor.schema.action=validate")
                .withUserConfiguration(NumericTitleTable.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new SchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("note.title");
                });
    }

    @Test
    void schemaActionValidateWaitsForDatabaseInitializationScripts() {
        contextRunner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues("athanor.schema.action=validate", "spring.sql.init.mode=always",
                        "spring.sql.init.schema-locations=classpath:note-schema.sql")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(AthanorSchemaInitializer.class).differences()).isEmpty();
                });
    }

    @Test
    void registryAndSessionFactoryBackOffForUserBeans() {
        contextRunner.withUserConfiguration(UserOrmConfiguration.class).run(context -> {
            assertThat(context).getBean(Registry.class).isSameAs(context.getBean("userRegistry"));
            assertThat(context).getBean(SessionFactory.class).isSameAs(context.getBean("userSessionFactory"));
        });
    }

    @Test
    void sessionFactoryRunsStatementsOnTheEngine() {
        contextRunner.withPropertyValues("athanor.schema.action=create").run(context -> {
            try (Session session = context.getBean(SessionFactory.class).open()) {
                session.add(new Note("first"));
                session.commit();
            }
            long count = context.getBean(Engine.class).transaction(conn ->
                    conn.execute(Sql.text("SELECT COUNT(*) FROM note")).scalar());
            assertThat(count).isEqualTo(1L);
        });
    }

    /** A note table without its title column, made before Athanor validates. */
    @Configuration(proxyBeanMethods = false)
    static class PartialNoteTable {

        @Bean
        Object partialNoteTable(Engine engine) {
            engine.transaction(conn -> conn.execute(Sql.text("CREATE TABLE note (id BIGINT PRIMARY KEY)")));
            return "created";
        }
    }

    /** A note table whose title is a number, made before Athanor validates. */
    @Configuration(proxyBeanMethods = false)
    static class NumericTitleTable {

        @Bean
        Object numericTitleTable(Engine engine) {
            engine.transaction(conn -> conn.execute(Sql.text(
                    "CREATE TABLE note (id BIGINT PRIMARY KEY, title INTEGER NOT NULL)")));
            return "created";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserOrmConfiguration {

        @Bean
        Registry userRegistry() {
            return Registry.of(Note.class);
        }

        @Bean
        SessionFactory userSessionFactory(Engine engine, Registry registry) {
            return SessionFactory.builder(engine, registry).build();
        }
    }
}
