/**
 * Horizontal sharding, as SQLAlchemy's {@code horizontal_shard}: a
 * {@link dev.athanor.orm.shard.ShardedSessionFactory} over several engines whose choosers decide
 * where new objects go, which shards a primary-key lookup tries and which shards a query runs on.
 */
package dev.athanor.orm.shard;
