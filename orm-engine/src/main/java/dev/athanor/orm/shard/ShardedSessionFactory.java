package dev.athanor.orm.shard;

import dev.athanor.engine.Engine;
import dev.athanor.exc.ArgumentError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Makes {@link ShardedSession}s over several engines, one per shard, like SQLAlchemy's
 * {@code ShardedSession(shards=…, shard_chooser=…, identity_chooser=…, execute_chooser=…)}:
 *
 * <pre>{@code
 * ShardedSessionFactory sessions = ShardedSessionFactory.builder(registry)
 *         .shard("eu", euEngine).shard("us", usEngine)
 *         .shardChooser(o -> ((Customer) o).region)
 *         .identityChooser((type, id) -> List.of("eu", "us"))
 *         .executeChooser(select -> ShardKeys.values(select, "region")
 *                 .map(v -> v.stream().map(String::valueOf).toList()).orElse(List.of("eu", "us")))
 *         .build();
 * }</pre>
 */
public final class ShardedSessionFactory {
    private final Map<String, SessionFactory> shards;
    private final ShardChooser shardChooser;
    private final IdentityChooser identityChooser;
    private final ExecuteChooser executeChooser;
    private final List<String> shardIds;

    private ShardedSessionFactory(Builder builder) {
        Map<String, SessionFactory> factories = new LinkedHashMap<>();
        builder.engines.forEach((id, engine) -> factories.put(id,
                builder.customizer.apply(SessionFactory.builder(engine, builder.registry)).build()));
        this.shards = Map.copyOf(factories);
        this.shardChooser = builder.shardChooser;
        this.identityChooser = builder.identityChooser;
        this.executeChooser = builder.executeChooser;
        this.shardIds = List.copyOf(builder.engines.keySet());
    }

    /** A builder over the classes of {@code registry}. */
    public static Builder builder(Registry registry) {
        return new Builder(registry);
    }

    /** A new sharded session; each shard's connection is taken on first use. */
    public ShardedSession open() {
        return new ShardedSession(this);
    }

    /** The shard ids, in the order they were added (the order commits run in). */
    public List<String> shardIds() {
        return shardIds;
    }

    SessionFactory factory(String shardId) {
        SessionFactory factory = shards.get(shardId);
        if (factory == null) {
            throw new ArgumentError("Unknown shard '" + shardId + "'; the shards are " + shardIds
                    + " (check what the chooser returned)");
        }
        return factory;
    }

    ShardChooser shardChooser() {
        return shardChooser;
    }

    IdentityChooser identityChooser() {
        return identityChooser;
    }

    ExecuteChooser executeChooser() {
        return executeChooser;
    }

    /** Configures a {@link ShardedSessionFactory}. */
    public static final class Builder {
        private final Registry registry;
        private final Map<String, Engine> engines = new LinkedHashMap<>();
        private ShardChooser shardChooser;
        private IdentityChooser identityChooser;
        private ExecuteChooser executeChooser;
        private UnaryOperator<SessionFactory.Builder> customizer = UnaryOperator.identity();

        private Builder(Registry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /** A shard: its id and the engine that stores its rows. */
        public Builder shard(String id, Engine engine) {
            if (engines.putIfAbsent(Objects.requireNonNull(id, "id"), Objects.requireNonNull(engine, "engine")) != null) {
                throw new ArgumentError("Shard '" + id + "' is already defined");
            }
            return this;
        }

        /** Where new objects are written. */
        public Builder shardChooser(ShardChooser chooser) {
            this.shardChooser = chooser;
            return this;
        }

        /** Which shards a primary-key lookup tries; every shard when not set. */
        public Builder identityChooser(IdentityChooser chooser) {
            this.identityChooser = chooser;
            return this;
        }

        /** Which shards a query runs on; every shard when not set. */
        public Builder executeChooser(ExecuteChooser chooser) {
            this.executeChooser = chooser;
            return this;
        }

        /** Settings for each shard's sessions ({@code expireOnCommit}, {@code autoflush}, …). */
        public Builder sessions(UnaryOperator<SessionFactory.Builder> customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** The factory; it needs at least one shard and a shard chooser. */
        public ShardedSessionFactory build() {
            if (engines.isEmpty()) {
                throw new ArgumentError("A sharded session factory needs at least one shard(id, engine)");
            }
            if (shardChooser == null) {
                throw new ArgumentError("A sharded session factory needs a shardChooser to place new objects");
            }
            List<String> all = List.copyOf(engines.keySet());
            if (identityChooser == null) {
                identityChooser = (type, id) -> all;
            }
            if (executeChooser == null) {
                executeChooser = select -> all;
            }
            return new ShardedSessionFactory(this);
        }
    }
}
