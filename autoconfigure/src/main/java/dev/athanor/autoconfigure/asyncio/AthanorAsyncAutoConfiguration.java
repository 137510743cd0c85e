package dev.athanor.autoconfigure.asyncio;

import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import dev.athanor.engine.Engine;
import dev.athanor.orm.SessionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers an {@link AsyncEngine} over the application's {@link Engine} and an
 * {@link AsyncSessionFactory} over its {@link SessionFactory}, so async code shares the pool, the
 * session configuration ({@code athanor.session.*}), the listeners, the metrics and the N+1
 * detector of synchronous code.
 */
@AutoConfiguration(after = AthanorOrmAutoConfiguration.class)
@ConditionalOnClass(AsyncEngine.class)
@ConditionalOnBean(Engine.class)
public final class AthanorAsyncAutoConfiguration {

    // close() stops the façade's threads and leaves the engine, and its pool, to its own bean
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    AsyncEngine athanorAsyncEngine(Engine engine) {
        return AsyncEngine.of(engine);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SessionFactory.class)
    AsyncSessionFactory athanorAsyncSessionFactory(AsyncEngine engine, SessionFactory sessions) {
        return AsyncSessionFactory.of(engine, sessions);
    }
}
