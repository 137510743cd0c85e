package dev.athanor.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.exc.ArgumentError;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

/**
 * Creates the Athanor {@link Engine}: from {@code athanor.url} with its own HikariCP pool, or
 * over the application's single {@link DataSource}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(AthanorProperties.class)
@Import({EngineConfigurations.Url.class, EngineConfigurations.SingleDataSource.class,
        EngineConfigurations.NoDatabase.class})
public final class AthanorAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AthanorAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    SlowQueryLog athanorSlowQueryLog(AthanorProperties properties) {
        return new SlowQueryLog(properties.getDiagnostics().getSlowQueryThreshold());
    }

    static EngineOptions options(AthanorProperties properties, ObjectProvider<EngineOptionsCustomizer> customizers) {
        AthanorProperties.Pool pool = properties.getPool();
        EngineOptions.Builder builder = EngineOptions.builder()
                .echo(properties.isEcho())
                .poolSize(pool.getSize())
                .maxOverflow(pool.getMaxOverflow())
                .poolTimeout(pool.getTimeout())
                .poolRecycle(pool.getRecycle())
                .poolPrePing(pool.isPrePing());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    static Engine withListeners(Engine engine, ObjectProvider<ExecutionListener> listeners) {
        listeners.orderedStream().forEach(engine::addExecutionListener);
        return engine;
    }
}
