package dev.athanor.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.autoconfigure.transaction.ActiveSessions;
import dev.athanor.autoconfigure.transaction.AthanorTransactionManager;
import dev.athanor.engine.Engine;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import dev.athanor.pool.ResetOnReturn;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class AthanorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AthanorAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void engineWrapsTheSingleDataSource() {
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:wrapped;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(Engine.class);
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.pool().dataSource()).isSameAs(context.getBean(DataSource.class));
                    assertThat(engine.dialect().name()).isEqualToIgnoringCase("h2");
                });
    }

    @Test
    void engineWrapsTheEmbeddedDataSourceWhenNothingIsConfigured() {
        contextRunner.run(context -> assertThat(context.getBean(Engine.class).pool().dataSource())
                .isSameAs(context.getBean(DataSource.class)));
    }

    @Test
    void athanorUrlAloneBuildsItsOwnPoolAndPublishesItAsTheDataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class))
                .withPropertyValues("athanor.url=jdbc:h2:mem:own;DB_CLOSE_DELAY=-1", "athanor.pool.size=2",
                        "athanor.pool.max-overflow=3")
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.pool().dataSource()).isInstanceOf(HikariDataSource.class);
                    assertThat(((HikariDataSource) engine.pool().dataSource()).getMaximumPoolSize()).isEqualTo(5);
                    assertThat(context).getBean(DataSource.class).isSameAs(engine.pool().dataSource());
                });
    }

    @Test
    void athanorUrlWinsOverAUserDataSourceAndSaysSoWithThePasswordMasked(CapturedOutput output) {
        contextRunner.withUserConfiguration(UserDataSourceConfiguration.class)
                .withPropertyValues("athanor.url=h2://sa:secret@/mem:wins")
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.pool().dataSource()).isNotSameAs(context.getBean(DataSource.class));
                    assertThat(output).contains("Athanor uses athanor.url").contains("sa:***@")
                            .doesNotContain("secret");
                });
    }

    @Test
    void athanorUrlOverTheAutoConfiguredEmbeddedDatabaseDoesNotWarn(CapturedOutput output) {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:quiet")
                .run(context -> {
                    assertThat(context).hasSingleBean(Engine.class);
                    assertThat(output).doesNotContain("Athanor uses athanor.url");
                });
    }

    @Test
    void athanorUrlWinsOverSpringDatasourceUrlWhosePoolIsNeverBuilt(CapturedOutput output) {
        contextRunner.withPropertyValues("athanor.url=h2://sa:secret@/mem:urlwins",
                        "spring.datasource.url=jdbc:h2:mem:ignored;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(DataSource.class);
                    assertThat(context.getBean(DataSource.class)).isSameAs(context.getBean(Engine.class).pool().dataSource());
                    assertThat(output).contains("spring.datasource.* is not used").contains("sa:***@")
                            .doesNotContain("secret");
                });
    }

    @Test
    void noDataSourceAndNoUrlFailsWithAReportSayingWhatToSet() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new AthanorDatabaseNotConfiguredFailureAnalyzer()
                            .analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("athanor.url is not set");
                    assertThat(analysis.getAction()).contains("Set athanor.url");
                });
    }

    @Test
    void twoDataSourcesWithoutAPrimaryFailWithAReportNamingThem() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class))
                .withUserConfiguration(TwoDataSourcesConfiguration.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new AthanorDatabaseNotConfiguredFailureAnalyzer()
                            .analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("first", "second");
                    assertThat(analysis.getAction()).contains("@Primary");
                });
    }

    @Test
    void malformedAthanorUrlFailsWithAReportThatMasksThePassword() {
        contextRunner.withPropertyValues("athanor.url=nosuchdb://scott:tiger@localhost/db").run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new InvalidAthanorUrlFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("nosuchdb://scott:***@localhost/db")
                    .doesNotContain("tiger");
            assertThat(analysis.getAction()).contains("postgresql");
        });
    }

    @Test
    void engineBacksOffForAUserDefinedEngine() {
        contextRunner.withUserConfiguration(UserEngineConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(Engine.class);
            assertThat(context.getBean(Engine.class)).isSameAs(context.getBean("userEngine"));
        });
    }

    @Test
    void poolPropertiesReachTheEngineOptions() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:opts", "athanor.pool.size=3",
                "athanor.pool.max-overflow=7", "athanor.pool.timeout=2s", "athanor.pool.recycle=1h",
                "athanor.pool.pre-ping=true", "athanor.pool.reset-on-return=full", "athanor.pool.statement-timeout=15s",
                "athanor.echo=true").run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.options().pool().size()).isEqualTo(3);
                    assertThat(engine.options().pool().maxOverflow()).isEqualTo(7);
                    assertThat(engine.options().pool().timeout()).hasSeconds(2);
                    assertThat(engine.options().pool().recycle()).hasHours(1);
                    assertThat(engine.options().pool().prePing()).isTrue();
                    assertThat(engine.options().pool().resetOnReturn()).isEqualTo(ResetOnReturn.FULL);
                    assertThat(engine.options().statementTimeout()).hasSeconds(15);
                    assertThat(engine.options().echo()).isTrue();
                });
    }

    @Test
    void replicaPropertiesReachTheEngineOptionsAndEachReplicaGetsItsOwnPool() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:primary", "athanor.replicas[0].url=jdbc:h2:mem:r1",
                "athanor.replicas[1].url=jdbc:h2:mem:r2", "athanor.replica-max-lag=5s",
                "athanor.replica-retry-delay=10s", "athanor.replica-connect-timeout=750ms").run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.options().replicas().urls()).extracting(Object::toString)
                            .containsExactly("jdbc:h2:mem:r1", "jdbc:h2:mem:r2");
                    assertThat(engine.options().replicas().maxLag()).hasSeconds(5);
                    assertThat(engine.options().replicas().retryDelay()).hasSeconds(10);
                    assertThat(engine.options().replicas().connectTimeout()).hasMillis(750);
                    assertThat(engine.replicas()).hasSize(2)
                            .allSatisfy(replica -> assertThat(replica.pool()).isNotSameAs(engine.pool()));
                    assertThat(engine.replicas().get(0).options().pool().timeout()).hasMillis(750);
                });
    }

    @Test
    void aReplicaWithoutUrlFailsNamingIt() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:primary", "athanor.replicas[0].url=jdbc:h2:mem:r1",
                "athanor.replicas[1].url= ").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("athanor.replicas[1].url is not set");
                });
    }

    @Test
    void replicasWithoutAthanorUrlFailSayingWhy() {
        contextRunner.withPropertyValues("athanor.replicas[0].url=jdbc:h2:mem:r1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("athanor.replicas is set but athanor.url is not");
        });
    }

    @Test
    void engineOptionsCustomizersRunInOrderAfterTheProperties() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:customized")
                .withBean("isolation", EngineOptionsCustomizer.class,
                        () -> builder -> builder.isolationLevel("SERIALIZABLE").compileCacheSize(7))
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.options().isolationLevel()).isEqualTo("SERIALIZABLE");
                    assertThat(engine.options().compileCacheSize()).isEqualTo(7);
                    try (var connection = engine.connect()) {
                        assertThat(connection.jdbcConnection().getTransactionIsolation())
                                .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
                    }
                });
    }

    @Test
    void theAutocommitIsolationLevelPropertyLendsConnectionsInAutoCommitMode() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:autocommit_property", "athanor.isolation-level=autocommit")
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.isAutocommit()).isTrue();
                    try (var connection = engine.connect()) {
                        assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
                    }
                    // a savepoint needs a transaction: Spring refuses NESTED up front
                    var sessions = new ActiveSessions(SessionFactory.builder(engine, Registry.of()).build());
                    assertThat(new AthanorTransactionManager(sessions).isNestedTransactionAllowed()).isFalse();
                });
    }

    @Test
    void aNamedIsolationLevelPropertyIsSetOnEveryConnection() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:level_property", "athanor.isolation-level=read-committed")
                .run(context -> {
                    try (var connection = context.getBean(Engine.class).connect()) {
                        assertThat(connection.jdbcConnection().getTransactionIsolation())
                                .isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
                    }
                });
    }

    @Test
    void anUnknownIsolationLevelPropertyFailsNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.url=jdbc:h2:mem:bad_level", "athanor.isolation-level=serialisable")
                .run(context -> {
                    assertThat(context).hasFailed();
                    // Spring Boot's bind-failure report names the property and the values it takes
                    assertThat(context.getStartupFailure())
                            .hasStackTraceContaining("Failed to bind properties under 'athanor.isolation-level'");
                });
    }

    @Test
    void anIsolationLevelForTheApplicationsDataSourceFailsSayingWhereToSetIt() {
        // the DataSource's pool owns its connections' level: the engine option used to be ignored here
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:levels")
                .withBean("isolation", EngineOptionsCustomizer.class,
                        () -> builder -> builder.isolationLevel("SERIALIZABLE"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("isolationLevel SERIALIZABLE cannot be set by an engine over an"
                                    + " application's DataSource")
                            .hasMessageContaining("spring.datasource.hikari.transaction-isolation");
                });
    }

    @Test
    void theApplicationsDataSourceServesAnAutocommitEngineInAutoCommitMode() {
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:autocommit")
                .withBean("isolation", EngineOptionsCustomizer.class,
                        () -> builder -> builder.isolationLevel("AUTOCOMMIT"))
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.isAutocommit()).isTrue();
                    try (var connection = engine.connect()) {
                        assertThat(connection.jdbcConnection().getAutoCommit()).isTrue();
                    }
                });
    }

    @Test
    void executionListenerBeansSeeEveryStatement() {
        List<String> seen = new ArrayList<>();
        contextRunner.withBean(ExecutionListener.class, () -> new ExecutionListener() {
            @Override
            public void afterExecute(ExecutionContext context, long elapsedNanos, long rowCount) {
                seen.add(context.sql());
            }
        }).run(context -> {
            context.getBean(Engine.class).transaction(conn -> conn.execute(Sql.text("SELECT 1")));
            assertThat(seen).containsExactly("SELECT 1");
        });
    }

    @Test
    void statementsSlowerThanTheThresholdAreLoggedUnderAthanorEngineSlow(CapturedOutput output) {
        contextRunner.withPropertyValues("athanor.diagnostics.slow-query-threshold=1ns").run(context -> {
            context.getBean(Engine.class).transaction(conn -> conn.execute(Sql.text("SELECT 42")));
            assertThat(output).contains("athanor.engine.slow").contains("Slow select").contains("SELECT 42");
        });
    }

    @Test
    void statementsUnderTheThresholdAreNotLogged(CapturedOutput output) {
        contextRunner.run(context -> {
            context.getBean(Engine.class).transaction(conn -> conn.execute(Sql.text("SELECT 43")));
            assertThat(output).doesNotContain("SELECT 43");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserDataSourceConfiguration {

        @Bean
        DataSource userDataSource() {
            return DataSourceBuilder.create().url("jdbc:h2:mem:user").username("sa").build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSourcesConfiguration {

        @Bean
        DataSource first() {
            return DataSourceBuilder.create().url("jdbc:h2:mem:first").build();
        }

        @Bean
        DataSource second() {
            return DataSourceBuilder.create().url("jdbc:h2:mem:second").build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserEngineConfiguration {

        @Bean(destroyMethod = "dispose")
        Engine userEngine() {
            return dev.athanor.Athanor.createEngine("h2:///:memory:");
        }
    }
}
