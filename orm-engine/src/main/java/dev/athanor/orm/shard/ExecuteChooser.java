package dev.athanor.orm.shard;

import dev.athanor.sql.Select;
import java.util.List;

/**
 * Names the shards a query runs on; their results are concatenated (SQLAlchemy's
 * {@code execute_chooser}). {@link ShardKeys#values} reads the shard key a WHERE clause pins, so
 * a query for one key runs on one shard only.
 */
@FunctionalInterface
public interface ExecuteChooser {

    /** The shard ids to run {@code select} on. */
    List<String> shardsFor(Select select);
}
