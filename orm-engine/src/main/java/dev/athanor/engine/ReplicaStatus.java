package dev.athanor.engine;

import java.time.Duration;

/**
 * What an engine last learnt of one read replica, for health checks.
 *
 * @param url the replica's URL (password masked by its {@code toString})
 * @param up whether its last checkout succeeded (true until one fails)
 * @param lag the replication lag at the last measurement, or {@code null} when not measured
 *     ({@code maxReplicaLag} unset, or a dialect that cannot tell)
 */
public record ReplicaStatus(Url url, boolean up, Duration lag) {
}
