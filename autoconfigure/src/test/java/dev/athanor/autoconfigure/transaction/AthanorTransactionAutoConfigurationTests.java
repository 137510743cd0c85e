package dev.athanor.autoconfigure.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

class AthanorTransactionAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AthanorAutoConfiguration.class,
                    AthanorOrmAutoConfiguration.class, AthanorTransactionAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void sharedSessionIsRegisteredWithOnlyADataSource() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(Session.class).hasSingleBean(AthanorTransactionManager.class);
            assertThat(context.getBean(Session.class).factory()).isSameAs(context.getBean(SessionFactory.class));
        });
    }

    @Test
    void sharedSessionOutsideATransactionRaisesInvalidRequestError() {
        contextRunner.run(context -> assertThatExceptionOfType(InvalidRequestError.class)
                .isThrownBy(() -> context.getBean(Session.class).add(new Note("nowhere")))
                .withMessageContaining("Session.add()"));
    }

    @Test
    void sharedSessionIsNotClosedWithTheContext() {
        contextRunner.run(context -> {
            Session shared = context.getBean(Session.class);
            context.close();
            assertThat(shared.isClosed()).isFalse();
        });
    }

    @Test
    void sharedSessionBacksOffForAUserDefinedSession() {
        contextRunner.withUserConfiguration(UserSessionConfiguration.class).run(context -> assertThat(context)
                .getBean(Session.class).isSameAs(context.getBean("userSession")));
    }

    @Test
    void noTransactionIntegrationWithoutSpringJdbc() {
        contextRunner.withClassLoader(new FilteredClassLoader(PlatformTransactionManager.class))
                .run(context -> assertThat(context).doesNotHaveBean(AthanorTransactionManager.class)
                        .doesNotHaveBean(Session.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserSessionConfiguration {

        @Bean(destroyMethod = "close")
        Session userSession(SessionFactory factory) {
            return factory.open();
        }
    }
}
