package dev.athanor.orm.shard;

/** Names the shard a new object is written to (SQLAlchemy's {@code shard_chooser}). */
@FunctionalInterface
public interface ShardChooser {

    /** The shard id for {@code instance}, one of the factory's shards. */
    String shardFor(Object instance);
}
