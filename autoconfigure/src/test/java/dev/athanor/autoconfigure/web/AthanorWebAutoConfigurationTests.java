package dev.athanor.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.transaction.ActiveSessions;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

@ExtendWith(OutputCaptureExtension.class)
class AthanorWebAutoConfigurationTests {
    private static final AutoConfigurations ATHANOR = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class,
            AthanorTransactionAutoConfiguration.class, AthanorWebAutoConfiguration.class);

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
            .withConfiguration(ATHANOR).withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void sessionPerRequestIsOnByDefaultInServletWebApplications() {
        contextRunner.run(context -> assertThat(context).hasSingleBean(SessionPerRequestFilter.class));
    }

    @Test
    void sessionPerRequestOnByDefaultLogsAWarningNamingTheProperty(CapturedOutput output) {
        contextRunner.run(context -> assertThat(output).contains("WARN")
                .contains("athanor.web.session-per-request is on by default"));
    }

    @Test
    void sessionPerRequestSetExplicitlyLogsNoWarning(CapturedOutput output) {
        contextRunner.withPropertyValues("athanor.web.session-per-request=true").run(context -> {
            assertThat(context).hasSingleBean(SessionPerRequestFilter.class);
            assertThat(output).doesNotContain("is on by default").contains("one session per HTTP request");
        });
    }

    @Test
    void sessionPerRequestCanBeTurnedOff() {
        contextRunner.withPropertyValues("athanor.web.session-per-request=false")
                .run(context -> assertThat(context).doesNotHaveBean(SessionPerRequestFilter.class));
    }

    @Test
    void noFilterOutsideWebApplications() {
        new ApplicationContextRunner().withConfiguration(ATHANOR).withUserConfiguration(FixtureConfiguration.class)
                .withPropertyValues("spring.datasource.generate-unique-name=true")
                .run(context -> assertThat(context).doesNotHaveBean(SessionPerRequestFilter.class));
    }

    @Test
    void noFilterWithoutSpringWeb() {
        contextRunner.withClassLoader(new FilteredClassLoader(OncePerRequestFilter.class))
                .run(context -> assertThat(context).doesNotHaveBean(SessionPerRequestFilter.class));
    }

    @Test
    void filterBacksOffForAUserDefinedOne() {
        contextRunner.withUserConfiguration(UserFilterConfiguration.class).run(context -> assertThat(context)
                .getBean(SessionPerRequestFilter.class).isSameAs(context.getBean("userFilter")));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserFilterConfiguration {

        @Bean
        SessionPerRequestFilter userFilter(ActiveSessions sessions) {
            return new SessionPerRequestFilter(sessions);
        }
    }
}
