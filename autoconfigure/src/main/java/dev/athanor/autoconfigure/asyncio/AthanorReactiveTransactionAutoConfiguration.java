package dev.athanor.autoconfigure.asyncio;

import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.ReactiveTransactionManager;
import reactor.core.publisher.Mono;

/**
 * In a reactive (WebFlux) application, registers the {@link AthanorReactiveTransactionManager} and
 * {@link ReactiveSessions}, so {@code @Transactional} methods returning {@code Mono} or {@code Flux}
 * (and Boot's {@code TransactionalOperator}) run on {@code AsyncSession}s.
 *
 * <p>Spring does not choose a transaction manager by a method's return type: {@code @Transactional}
 * without a name takes the one {@code TransactionManager} bean, or the primary one, and fails on a
 * method whose return type does not suit it. The synchronous {@code AthanorTransactionManager} stays
 * registered (for {@code TransactionTemplate} and blocking code), so the reactive manager is made
 * {@link Primary}: {@code @Transactional} means reactive in a WebFlux application, and blocking
 * methods name the other one, {@code @Transactional("transactionManager")}. Servlet and non-web
 * applications are untouched.
 */
@AutoConfiguration(after = {AthanorAsyncAutoConfiguration.class, AthanorTransactionAutoConfiguration.class},
        beforeName = "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration")
@ConditionalOnClass({Mono.class, ReactiveTransactionManager.class, DataSourceUtils.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(AsyncSessionFactory.class)
public final class AthanorReactiveTransactionAutoConfiguration {

    @Bean
    @Primary
    @ConditionalOnMissingBean(ReactiveTransactionManager.class)
    AthanorReactiveTransactionManager athanorReactiveTransactionManager(AsyncSessionFactory sessions,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        AthanorReactiveTransactionManager transactionManager = new AthanorReactiveTransactionManager(sessions);
        customizers.ifAvailable(customizer -> customizer.customize(transactionManager));
        return transactionManager;
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveSessions athanorReactiveSessions(AsyncSessionFactory sessions) {
        return new ReactiveSessions(sessions);
    }
}
