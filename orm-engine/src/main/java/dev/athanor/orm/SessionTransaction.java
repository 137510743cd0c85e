package dev.athanor.orm;

import dev.athanor.engine.Transaction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of a session's transaction: the outermost one, or a savepoint from
 * {@code beginNested()}. Besides the database transactions it began, it remembers what the
 * session changed inside it, so that rolling it back undoes those changes in memory too: objects
 * inserted inside it become transient again, objects updated or deleted inside it get back the
 * values (and state) they had when it began.
 */
final class SessionTransaction {
    final SessionTransaction parent;
    final List<Transaction> databaseTransactions = new ArrayList<>();
    final List<InstanceState> inserted = new ArrayList<>();
    final List<InstanceState> added = new ArrayList<>();
    /** The snapshot each object had before its first UPDATE or DELETE inside this transaction. */
    final Map<InstanceState, Object[]> before = new IdentityHashMap<>();
    final Map<InstanceState, ObjectState> stateBefore = new IdentityHashMap<>();

    SessionTransaction(SessionTransaction parent) {
        this.parent = parent;
    }

    boolean isNested() {
        return parent != null;
    }

    void rememberBefore(InstanceState state) {
        if (!before.containsKey(state)) {
            before.put(state, state.committedValues());
            stateBefore.put(state, state.state);
        }
    }

    /** Hands what this savepoint changed to the enclosing transaction when the savepoint is released. */
    void mergeInto(SessionTransaction outer) {
        outer.inserted.addAll(inserted);
        outer.added.addAll(added);
        before.forEach((state, values) -> {
            if (!outer.before.containsKey(state)) {
                outer.before.put(state, values);
                outer.stateBefore.put(state, stateBefore.get(state));
            }
        });
    }
}
