package dev.athanor.autoconfigure.metrics;

import dev.athanor.autoconfigure.migrate.AthanorMigrator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;

/**
 * The startup upgrade's meters: {@code athanor.migrations.applied} (revisions it applied) and
 * {@code athanor.migrations.duration} (how long it took); both 0 when it did not run (command mode).
 */
public class AthanorMigrationMetrics implements MeterBinder {
    private final AthanorMigrator migrator;

    /** Meters of {@code migrator}'s startup run. */
    public AthanorMigrationMetrics(AthanorMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("athanor.migrations.applied", migrator,
                        m -> m.lastRun() == null ? 0 : m.lastRun().steps().size())
                .description("Revisions applied by the upgrade at startup")
                .register(registry);
        TimeGauge.builder("athanor.migrations.duration", migrator, TimeUnit.MILLISECONDS,
                        m -> m.lastRunDuration() == null ? 0 : m.lastRunDuration().toMillis())
                .description("How long the upgrade at startup took")
                .register(registry);
    }
}
