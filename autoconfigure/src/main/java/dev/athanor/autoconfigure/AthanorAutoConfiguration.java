package dev.athanor.autoconfigure;

import dev.athanor.Athanor;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Creates the Athanor {@link Engine}: from {@code athanor.url} with its own HikariCP pool, or
 * over the application's single {@link DataSource}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(AthanorProperties.class)
public final class AthanorAutoConfiguration {

    @Bean(destroyMethod = "dispose")
    @ConditionalOnMissingBean
    Engine athanorEngine(AthanorProperties properties, ObjectProvider<DataSource> dataSource) {
        EngineOptions options = EngineOptions.builder()
                .echo(properties.isEcho())
                .poolSize(properties.getPool().getSize())
                .maxOverflow(properties.getPool().getMaxOverflow())
                .poolTimeout(properties.getPool().getTimeout())
                .poolRecycle(properties.getPool().getRecycle())
                .poolPrePing(properties.getPool().isPrePing())
                .build();
        if (properties.getUrl() != null) {
            return Athanor.createEngine(properties.getUrl(), options);
        }
        DataSource single = dataSource.getIfUnique();
        if (single == null) {
            throw new IllegalStateException("Athanor needs a database: set athanor.url, or define exactly one"
                    + " DataSource (spring.datasource.url)");
        }
        return Athanor.createEngine(single, dialectOf(single), options);
    }

    private static Dialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Dialects.forJdbcUrl(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the DataSource to detect its database: "
                    + e.getMessage(), e);
        }
    }
}
