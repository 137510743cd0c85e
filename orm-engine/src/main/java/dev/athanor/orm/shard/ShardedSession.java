package dev.athanor.orm.shard;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Session;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit of work over several shards, like SQLAlchemy's {@code ShardedSession}: one ordinary
 * {@link Session} per shard, opened on first use, so each shard has its own identity map and
 * transaction, and an object and everything that cascades from it stay on one shard.
 *
 * <p>No distributed transaction: {@link #commit()} commits the shards one after another in the
 * factory's order. If a later shard fails, the earlier ones are already committed and the rest are
 * rolled back; an application that needs all-or-nothing across shards must keep one unit of work
 * on one shard.
 */
public final class ShardedSession implements AutoCloseable {
    private final ShardedSessionFactory factory;
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    ShardedSession(ShardedSessionFactory factory) {
        this.factory = factory;
    }

    /** The session of one shard, for work the choosers cannot route (SQLAlchemy's {@code set_shard}). */
    public Session shard(String shardId) {
        Session session = sessions.get(shardId);
        if (session == null) {
            session = factory.factory(shardId).open();
            sessions.put(shardId, session);
        }
        return session;
    }

    /** Adds a new object to the shard the shard chooser names. */
    public void add(Object object) {
        String owner = shardOf(object);
        shard(owner != null ? owner : factory.shardChooser().shardFor(object)).add(object);
    }

    /**
     * The object with this primary key from the first shard, of those the identity chooser names,
     * that has it; {@code null} when none does.
     */
    public <T> T get(Class<T> entityClass, Object id) {
        for (String shardId : factory.identityChooser().shardsFor(entityClass, id)) {
            T found = shard(shardId).get(entityClass, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The objects (or values) of {@code select} from every shard the execute chooser names, one
     * shard's rows after another's: ORDER BY and LIMIT apply within each shard.
     */
    public <T> List<T> scalars(Select select) {
        List<T> merged = new ArrayList<>();
        for (String shardId : factory.executeChooser().shardsFor(select)) {
            merged.addAll(scalars(select, shardId));
        }
        return merged;
    }

    /** {@link #scalars(Select)} of a select that carries its element type: no type witness needed. */
    public <T> List<T> scalars(TypedSelect<T> select) {
        return this.<T>scalars((Select) select);
    }

    /** The objects (or values) of {@code select} from one named shard. */
    public <T> List<T> scalars(Select select, String shardId) {
        return shard(shardId).<T>scalars(select).all();
    }

    /** Marks an object of this session for deletion on its shard. */
    public void delete(Object object) {
        shard(requireShard(object)).delete(object);
    }

    /** The shard an object of this session lives on, or {@code null} for one it does not hold. */
    public String shardOf(Object object) {
        for (Map.Entry<String, Session> entry : sessions.entrySet()) {
            if (entry.getValue().contains(object)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The identity of a persistent object: its shard and its key there. */
    public ShardedIdentityKey identityOf(Object object) {
        String shardId = requireShard(object);
        return new ShardedIdentityKey(shardId, sessions.get(shardId).identityOf(object));
    }

    /** Flushes every shard's pending changes, in the factory's shard order. */
    public void flush() {
        inShardOrder().forEach(Session::flush);
    }

    /**
     * Commits each shard in turn (see the class comment: a failure leaves earlier shards
     * committed); the shards after a failing one are rolled back.
     */
    public void commit() {
        List<Session> ordered = inShardOrder();
        for (int i = 0; i < ordered.size(); i++) {
            try {
                ordered.get(i).commit();
            } catch (RuntimeException e) {
                for (Session rest : ordered.subList(i + 1, ordered.size())) {
                    try {
                        rest.rollback();
                    } catch (RuntimeException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
        }
    }

    /** Rolls back every shard. */
    public void rollback() {
        inShardOrder().forEach(Session::rollback);
    }

    /** Closes every shard's session (rolling back what was not committed). */
    @Override
    public void close() {
        inShardOrder().forEach(Session::close);
        sessions.clear();
    }

    private List<Session> inShardOrder() {
        List<Session> ordered = new ArrayList<>();
        for (String shardId : factory.shardIds()) {
            Session session = sessions.get(shardId);
            if (session != null) {
                ordered.add(session);
            }
        }
        return ordered;
    }

    private String requireShard(Object object) {
        String shardId = shardOf(object);
        if (shardId == null) {
            throw new InvalidRequestError("Object " + object.getClass().getSimpleName() + " is not in this sharded"
                    + " session; add() it or load it through this session first");
        }
        return shardId;
    }
}
