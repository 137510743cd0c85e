package dev.athanor.orm.shard;

import dev.athanor.orm.IdentityKey;

/**
 * The identity of an object in a sharded session: the shard it lives on and its identity key
 * there, as SQLAlchemy's identity token. Rows with the same primary key on two shards are two
 * objects.
 *
 * @param shardId the shard the object was loaded from or written to
 * @param key the class and primary-key values
 */
public record ShardedIdentityKey(String shardId, IdentityKey key) {
}
