package dev.athanor.actuate.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the {@code athanor} health indicator ({@code management.health.athanor.*}). */
@ConfigurationProperties("management.health.athanor")
public class AthanorHealthProperties {
    /** How long the database may take to answer before the indicator reports DOWN. */
    private Duration timeout = Duration.ofSeconds(2);

    /** Whether to also compare the mapped tables with the live schema and report drift. */
    private boolean drift;

    /**
     * Report OUT_OF_SERVICE while Athanor's migrations have revisions the database has not applied
     * (a rolling deployment where another instance migrates), instead of UP with a detail.
     */
    private boolean outOfServiceWhileMigrationsPending;

    public boolean isOutOfServiceWhileMigrationsPending() {
        return outOfServiceWhileMigrationsPending;
    }

    public void setOutOfServiceWhileMigrationsPending(boolean outOfServiceWhileMigrationsPending) {
        this.outOfServiceWhileMigrationsPending = outOfServiceWhileMigrationsPending;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public boolean isDrift() {
        return drift;
    }

    public void setDrift(boolean drift) {
        this.drift = drift;
    }
}
