package dev.athanor.autoconfigure.metrics;

import dev.athanor.engine.Engine;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Adds a {@code role} tag ({@code primary} or {@code replica}) to the HikariCP meters of the
 * engine's pools, so dashboards can tell the primary's pool from each replica's (told apart by
 * their {@code pool} tag). A meter filter, not a tag given at registration, because HikariCP
 * registers its meters itself with the {@code pool} tag alone; Spring Boot applies filter beans
 * to a registry before any meter is registered with it.
 */
public final class AthanorPoolRoleTags implements MeterFilter {
    private final Supplier<Engine> engine;
    private volatile Map<String, String> roles;

    /** Tags the pools of the engine {@code engine} supplies, resolved when the first meter arrives. */
    public AthanorPoolRoleTags(Supplier<Engine> engine) {
        this.engine = engine;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().startsWith("hikaricp.") || id.getTag("role") != null) {
            return id;
        }
        String role = roles().get(id.getTag("pool"));
        return role == null ? id : id.withTag(io.micrometer.core.instrument.Tag.of("role", role));
    }

    private Map<String, String> roles() {
        Map<String, String> known = roles;
        if (known == null) {
            known = new HashMap<>();
            Engine primary = engine.get();
            putPoolName(known, primary, "primary");
            for (Engine replica : primary.replicas()) {
                putPoolName(known, replica, "replica");
            }
            roles = known;
        }
        return known;
    }

    private static void putPoolName(Map<String, String> roles, Engine engine, String role) {
        var hikari = AthanorPoolMetrics.hikari(engine.pool().dataSource());
        if (hikari != null && hikari.getPoolName() != null) {
            roles.put(hikari.getPoolName(), role);
        }
    }
}
