package dev.athanor.actuate;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.pool.PoolStatus;
import dev.athanor.sql.Sql;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Reports the database as UP when a pooled connection answers a query, with the pool's counters. */
public final class AthanorHealthIndicator extends AbstractHealthIndicator {
    private final Engine engine;

    public AthanorHealthIndicator(Engine engine) {
        super("Athanor health check failed");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try (Connection connection = engine.connect()) {
            connection.execute(Sql.text("SELECT 1")).scalar();
        }
        PoolStatus pool = engine.poolStatus();
        builder.up().withDetail("database", engine.dialect().name())
                .withDetail("active", pool.checkedOut())
                .withDetail("idle", pool.checkedIn())
                .withDetail("pending", pool.waiting())
                .withDetail("max", pool.max());
    }
}
