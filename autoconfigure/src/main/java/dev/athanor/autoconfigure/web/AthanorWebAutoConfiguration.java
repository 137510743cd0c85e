package dev.athanor.autoconfigure.web;

import dev.athanor.autoconfigure.transaction.ActiveSessions;
import dev.athanor.autoconfigure.transaction.AthanorTransactionAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Registers the {@link SessionPerRequestFilter} in servlet web applications unless
 * {@code athanor.web.session-per-request} is {@code false}, and says at startup that it is on.
 */
@AutoConfiguration(after = AthanorTransactionAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@ConditionalOnBean(ActiveSessions.class)
@ConditionalOnBooleanProperty(name = AthanorWebAutoConfiguration.PROPERTY, matchIfMissing = true)
public final class AthanorWebAutoConfiguration {
    static final String PROPERTY = "athanor.web.session-per-request";

    private static final Logger LOG = LoggerFactory.getLogger(AthanorWebAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    SessionPerRequestFilter athanorSessionPerRequestFilter(ActiveSessions sessions, Environment environment) {
        if (environment.containsProperty(PROPERTY)) {
            LOG.info("Athanor opens one session per HTTP request ({}=true)", PROPERTY);
        } else {
            LOG.warn("{} is on by default: each HTTP request keeps its Athanor session until the request ends,"
                    + " so controllers and views can still query the database after the service transaction"
                    + " ended. Set {} explicitly to silence this warning.", PROPERTY, PROPERTY);
        }
        return new SessionPerRequestFilter(sessions);
    }
}
