package dev.athanor.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.autoconfigure.metrics.AthanorMetricsAutoConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import dev.athanor.engine.Engine;
import dev.athanor.orm.Session;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pool per application: the engine built from {@code athanor.url} publishes its pool as the
 * DataSource and Spring Boot's DataSource auto-configuration backs off (H2 is on the class path,
 * so Boot would otherwise add an embedded database); a {@code spring.datasource.*} DataSource is
 * wrapped by the engine. Either way JdbcTemplate, the Hikari meters and the Session share it.
 */
class AthanorDataSourceTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorOrmAutoConfiguration.class, AthanorTransactionAutoConfiguration.class,
                    TransactionAutoConfiguration.class, MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, DataSourcePoolMetricsAutoConfiguration.class,
                    AthanorMetricsAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues("athanor.schema.action=create");

    @Test
    void athanorUrlPoolIsTheOnlyDataSourceAndTheOnlyHikariPool() {
        contextRunner.withPropertyValues("athanor.url=h2:///:memory:").run(context -> {
            assertThat(context).hasSingleBean(DataSource.class).hasSingleBean(HikariDataSource.class);
            Engine engine = context.getBean(Engine.class);
            assertThat(context.getBean(DataSource.class)).isSameAs(engine.pool().dataSource());
            assertThat(context.getBean(HikariDataSource.class).getPoolName()).startsWith("athanor-");
            assertThat(hikariPools(context)).containsExactly(context.getBean(HikariDataSource.class).getPoolName());
            assertThat(context.getBean(JdbcTemplate.class).getDataSource()).isSameAs(engine.pool().dataSource());
        });
    }

    @Test
    void springDatasourceIsWrappedAndStaysTheOnlyHikariPool() {
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + unique() + ";DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasSingleBean(DataSource.class).hasSingleBean(HikariDataSource.class);
                    DataSource dataSource = context.getBean(DataSource.class);
                    assertThat(context.getBean(Engine.class).pool().dataSource()).isSameAs(dataSource);
                    assertThat(hikariPools(context)).containsExactly(((HikariDataSource) dataSource).getPoolName());
                });
    }

    @Test
    void jdbcTemplateAndSessionShareOneTransactionOnTheAthanorUrlPool() {
        contextRunner.withPropertyValues("athanor.url=h2:///:memory:").run(this::shareOneTransaction);
    }

    @Test
    void jdbcTemplateAndSessionShareOneTransactionOnASpringDatasource() {
        contextRunner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + unique() + ";DB_CLOSE_DELAY=-1")
                .run(this::shareOneTransaction);
    }

    private void shareOneTransaction(AssertableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Session session = context.getBean(Session.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(
                org.springframework.transaction.PlatformTransactionManager.class));
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO note (id, title) VALUES (?, ?)", 41L, "from jdbc");
            assertThat(session.get(Note.class, 41L)).extracting(Note::getTitle).isEqualTo("from jdbc");
            session.add(new Note("from the session"));
            session.flush();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Integer.class)).isEqualTo(2);
        });
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO note (id, title) VALUES (?, ?)", 42L, "rolled back");
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Integer.class)).isEqualTo(2);
    }

    /** The pools that report HikariCP meters, by their pool name. */
    private static Set<String> hikariPools(AssertableApplicationContext context) {
        return context.getBean(MeterRegistry.class).find("hikaricp.connections").meters().stream()
                .map(Meter::getId).map(id -> id.getTag("pool")).collect(Collectors.toSet());
    }

    private static String unique() {
        return "one_pool_" + UUID.randomUUID().toString().replace("-", "");
    }
}
