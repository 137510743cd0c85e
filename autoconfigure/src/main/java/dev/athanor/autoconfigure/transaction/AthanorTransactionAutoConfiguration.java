package dev.athanor.autoconfigure.transaction;

import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * Registers the {@link AthanorTransactionManager}, which makes {@code @Transactional} and
 * {@code TransactionTemplate} run on Athanor sessions and share their connection with JDBC, and
 * the shared {@link Session} services inject, which resolves to the session of the running
 * transaction or request.
 */
@AutoConfiguration(after = AthanorOrmAutoConfiguration.class,
        beforeName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass({PlatformTransactionManager.class, ConnectionHolder.class, SessionFactory.class})
@ConditionalOnBean(SessionFactory.class)
public final class AthanorTransactionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ActiveSessions athanorActiveSessions(SessionFactory factory) {
        return new ActiveSessions(factory);
    }

    @Bean
    @ConditionalOnMissingBean(TransactionManager.class)
    AthanorTransactionManager transactionManager(ActiveSessions sessions,
                                                 ObjectProvider<TransactionManagerCustomizers> customizers) {
        AthanorTransactionManager transactionManager = new AthanorTransactionManager(sessions);
        customizers.ifAvailable(customizer -> customizer.customize(transactionManager));
        return transactionManager;
    }

    // the proxy owns no session: no destroy method is inferred from AutoCloseable
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    Session athanorSession(SessionFactory factory) {
        return SharedSession.create(factory);
    }
}
