package dev.athanor.autoconfigure.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;

class AthanorReactiveTransactionAutoConfigurationTests {
    private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(DataSourceAutoConfiguration.class,
            AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class, AthanorAsyncAutoConfiguration.class,
            AthanorTransactionAutoConfiguration.class, AthanorReactiveTransactionAutoConfiguration.class,
            TransactionAutoConfiguration.class);

    private final ReactiveWebApplicationContextRunner reactive = configure(new ReactiveWebApplicationContextRunner());

    private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner) {
        return runner.withConfiguration(CONFIGURATIONS).withUserConfiguration(FixtureConfiguration.class)
                .withPropertyValues("spring.datasource.generate-unique-name=true");
    }

    @Test
    void aReactiveApplicationGetsThePrimaryReactiveManagerTheOperatorAndTheSynchronousManager() {
        reactive.run(context -> {
            assertThat(context).hasSingleBean(AthanorReactiveTransactionManager.class)
                    .hasSingleBean(ReactiveSessions.class).hasSingleBean(TransactionalOperator.class)
                    .hasSingleBean(TransactionTemplate.class);
            assertThat(context.getBean(TransactionManager.class)).isInstanceOf(AthanorReactiveTransactionManager.class);
            assertThat(context.getBean("transactionManager")).isNotInstanceOf(ReactiveTransactionManager.class);
        });
    }

    @Test
    void servletAndNonWebApplicationsKeepOnlyTheSynchronousManager() {
        configure(new WebApplicationContextRunner()).run(context -> assertThat(context)
                .doesNotHaveBean(AthanorReactiveTransactionManager.class).doesNotHaveBean(ReactiveSessions.class)
                .hasSingleBean(TransactionManager.class));
        configure(new ApplicationContextRunner()).run(context -> assertThat(context)
                .doesNotHaveBean(AthanorReactiveTransactionManager.class).hasSingleBean(TransactionManager.class));
    }

    @Test
    void theReactiveManagerBacksOffForOneOfTheApplications() {
        reactive.withUserConfiguration(UserReactiveManagerConfiguration.class).run(context -> {
            assertThat(context).doesNotHaveBean(AthanorReactiveTransactionManager.class)
                    .hasSingleBean(ReactiveSessions.class);
            assertThat(context.getBean(ReactiveTransactionManager.class))
                    .isSameAs(context.getBean("userReactiveManager"));
        });
    }

    @Test
    void noReactiveManagerWithoutReactor() {
        reactive.withClassLoader(new FilteredClassLoader(Mono.class)).run(context -> assertThat(context)
                .doesNotHaveBean(AthanorReactiveTransactionManager.class).doesNotHaveBean(ReactiveSessions.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserReactiveManagerConfiguration {

        @Bean
        ReactiveTransactionManager userReactiveManager() {
            return new ReactiveTransactionManager() {
                @Override
                public Mono<ReactiveTransaction> getReactiveTransaction(TransactionDefinition definition) {
                    return Mono.error(new UnsupportedOperationException("not used by the test"));
                }

                @Override
                public Mono<Void> commit(ReactiveTransaction transaction) {
                    return Mono.empty();
                }

                @Override
                public Mono<Void> rollback(ReactiveTransaction transaction) {
                    return Mono.empty();
                }
            };
        }
    }
}
