package dev.athanor.autoconfigure;

import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionListener;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Creates the Athanor {@link Engine}: from {@code athanor.url} with its own HikariCP pool, which
 * becomes the application's {@link DataSource} (so this runs before Spring Boot's DataSource
 * auto-configuration, which backs off), or over the application's single {@link DataSource}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(AthanorProperties.class)
@Import({EngineConfigurations.Url.class, EngineConfigurations.ApplicationDataSource.class})
public final class AthanorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SlowQueryLog athanorSlowQueryLog(AthanorProperties properties) {
        return new SlowQueryLog(properties.getDiagnostics().getSlowQueryThreshold());
    }

    static EngineOptions options(AthanorProperties properties, ObjectProvider<EngineOptionsCustomizer> customizers) {
        AthanorProperties.Pool pool = properties.getPool();
        EngineOptions.Builder builder = EngineOptions.builder()
                .echo(properties.isEcho())
                .isolationLevel(properties.getIsolationLevel() == null ? null : properties.getIsolationLevel().name())
                .poolSize(pool.getSize())
                .maxOverflow(pool.getMaxOverflow())
                .poolTimeout(pool.getTimeout())
                .poolRecycle(pool.getRecycle())
                .poolPrePing(pool.isPrePing())
                .resetOnReturn(pool.getResetOnReturn())
                .statementTimeout(pool.getStatementTimeout())
                .replicas(replicaUrls(properties))
                .maxReplicaLag(properties.getReplicaMaxLag())
                .replicaRetryDelay(properties.getReplicaRetryDelay())
                .replicaConnectTimeout(properties.getReplicaConnectTimeout());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** The replicas' URLs, in order; a replica without one is an error naming its index. */
    static List<String> replicaUrls(AthanorProperties properties) {
        List<AthanorProperties.Replica> replicas = properties.getReplicas();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            if (replicas.get(i).getUrl() == null) {
                throw new IllegalStateException("athanor.replicas[" + i + "].url is not set; each replica needs"
                        + " the URL of its server, in the same form as athanor.url");
            }
            urls.add(replicas.get(i).getUrl());
        }
        return urls;
    }

    static Engine withListeners(Engine engine, ObjectProvider<ExecutionListener> listeners) {
        listeners.orderedStream().forEach(engine::addExecutionListener);
        return engine;
    }
}
