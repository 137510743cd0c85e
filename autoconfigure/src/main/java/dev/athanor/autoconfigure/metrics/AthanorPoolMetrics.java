package dev.athanor.autoconfigure.metrics;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.athanor.engine.Engine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * HikariCP's own meters ({@code hikaricp.connections}, {@code .active}, {@code .idle},
 * {@code .pending}, {@code .timeout}, {@code .acquire}, {@code .usage}) for the engine's pool,
 * including a pool Athanor built from {@code athanor.url}, which is not a bean Spring Boot's
 * DataSource metrics would find, and for each read replica's pool (one meter set per pool, told
 * apart by the {@code pool} tag, with a {@code role} tag from {@link AthanorPoolRoleTags}). A pool
 * that already reports to Micrometer is left alone.
 */
public final class AthanorPoolMetrics implements MeterBinder {
    private final Engine engine;

    /** Pool meters for the engine, added once bound to a registry. */
    public AthanorPoolMetrics(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        bind(engine, registry);
        engine.replicas().forEach(replica -> bind(replica, registry));
    }

    private static void bind(Engine engine, MeterRegistry registry) {
        HikariDataSource hikari = hikari(engine.pool().dataSource());
        if (hikari != null && hikari.getMetricRegistry() == null && hikari.getMetricsTrackerFactory() == null) {
            hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
    }

    static HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return hikari;
        }
        try {
            return dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
