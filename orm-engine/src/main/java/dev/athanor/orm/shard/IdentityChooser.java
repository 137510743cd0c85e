package dev.athanor.orm.shard;

import java.util.List;

/**
 * Names the shards a primary-key lookup tries, in order, until one has the row (SQLAlchemy's
 * {@code identity_chooser}); all of them when the key says nothing about its shard.
 */
@FunctionalInterface
public interface IdentityChooser {

    /** The shard ids to try for the object of {@code entityClass} with primary key {@code id}. */
    List<String> shardsFor(Class<?> entityClass, Object id);
}
