package dev.athanor.engine;

import dev.athanor.exc.AthanorException;
import dev.athanor.pool.PoolStatus;
import dev.athanor.sql.Sql;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the replica a read-only connection comes from: round-robin over the replicas, passing
 * over one that cannot be reached (left out for {@link ReplicaOptions#retryDelay()}) or that lags
 * more than {@link ReplicaOptions#maxLag()}; when none can serve, the caller reads from the
 * primary. A replica whose pool has no free connection within the short
 * {@link ReplicaOptions#connectTimeout()} is passed over for this checkout only. Each replica is
 * one {@link Engine} with its own pool, so a dead replica's pool never holds up the primary's. Each change of a replica's health is logged once, not per checkout.
 */
final class ReplicaRouter {
    private static final Logger LOG = LoggerFactory.getLogger("athanor.engine");

    private final List<Replica> replicas;
    private final ReplicaOptions options;
    private final AtomicInteger next = new AtomicInteger();

    ReplicaRouter(List<Engine> engines, ReplicaOptions options) {
        this.replicas = engines.stream().map(Replica::new).toList();
        this.options = options;
    }

    /** A connection on a healthy replica, or {@code null} when none can serve and the primary must. */
    Connection connect() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((start + i) % replicas.size());
            Connection connection = replica.connect();
            if (connection != null) {
                return connection;
            }
        }
        return null;
    }

    List<Engine> engines() {
        return replicas.stream().map(r -> r.engine).toList();
    }

    List<ReplicaStatus> status() {
        return replicas.stream().map(r -> new ReplicaStatus(r.engine.url(), !r.down, r.lag)).toList();
    }

    /** Connects to every replica now, down ones included, and measures its lag: for health checks. */
    List<ReplicaStatus> check() {
        replicas.forEach(Replica::check);
        return status();
    }

    /** One replica's engine and what was last learnt of its health. */
    private final class Replica {
        private final Engine engine;
        private volatile long downUntilNanos;
        private volatile boolean down;
        private volatile boolean lagging;
        private volatile Duration lag;

        Replica(Engine engine) {
            this.engine = engine;
        }

        Connection connect() {
            if (down && System.nanoTime() - downUntilNanos < 0) {
                return null;
            }
            Connection connection;
            try {
                connection = engine.connect();
            } catch (AthanorException e) {
                if (!isBusy()) {
                    markDown(e);
                }
                return null;
            }
            if (down) {
                down = false;
                LOG.info("Read replica {} is reachable again; read-only work goes to it", engine.url());
            }
            try {
                if (!tooFarBehind(connection)) {
                    return connection;
                }
                connection.close();
            } catch (AthanorException e) {
                connection.close();
                markDown(e);
            }
            return null;
        }

        /** Connects regardless of the retry delay; what it learns routes the next checkouts too. */
        void check() {
            try (Connection connection = engine.connect()) {
                if (down) {
                    down = false;
                    LOG.info("Read replica {} is reachable again; read-only work goes to it", engine.url());
                }
                String query = engine.dialect().replicaLagQuery();
                if (query != null) {
                    Number seconds = connection.execute(Sql.text(query)).scalar();
                    lag = Duration.ofNanos((long) (seconds.doubleValue() * 1e9));
                }
            } catch (AthanorException e) {
                if (!isBusy()) {
                    markDown(e);
                }
            }
        }

        /** Every connection of the replica's pool is lent out: it is busy, not down. */
        private boolean isBusy() {
            PoolStatus status = engine.poolStatus();
            return status.checkedOut() >= status.max();
        }

        private void markDown(AthanorException failure) {
            downUntilNanos = System.nanoTime() + options.retryDelay().toNanos();
            if (!down) {
                down = true;
                LOG.warn("Read replica {} cannot be reached; read-only work goes to the other replicas or the"
                        + " primary, and it is tried again in {}: {}", engine.url(), options.retryDelay(),
                        failure.getMessage());
            }
        }

        /** Measures the lag inside its own short transaction, so the caller's work starts afresh. */
        private boolean tooFarBehind(Connection connection) {
            String query = engine.dialect().replicaLagQuery();
            if (options.maxLag() == null || query == null) {
                return false;
            }
            Number seconds = connection.execute(Sql.text(query)).scalar();
            connection.rollback();
            lag = Duration.ofNanos((long) (seconds.doubleValue() * 1e9));
            boolean behind = lag.compareTo(options.maxLag()) > 0;
            if (behind != lagging) {
                lagging = behind;
                if (behind) {
                    LOG.warn("Read replica {} is {} behind the primary, more than maxReplicaLag {}; read-only work"
                            + " goes elsewhere until it catches up", engine.url(), lag, options.maxLag());
                } else {
                    LOG.info("Read replica {} has caught up; read-only work goes to it again", engine.url());
                }
            }
            return behind;
        }
    }
}
