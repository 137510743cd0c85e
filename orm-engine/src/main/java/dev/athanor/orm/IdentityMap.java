package dev.athanor.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's persistent objects by identity (SQLAlchemy's {@code identity_map}): one table per
 * identity class (a hierarchy's base), keyed by the primary key as the object's field holds it, or
 * by an {@link IdentityKey} for a composite key. Keying single-column identities by the raw value
 * is what lets the loader find or register a row's object without making an {@code IdentityKey}
 * per row: the key object is made only when something asks for it ({@link InstanceState#key()}).
 */
final class IdentityMap {
    private final Map<Class<?>, IdentityTable> byClass = new HashMap<>(4);
    /** The table last asked for: a result's rows are mostly of one class. */
    private Class<?> lastClass;
    private IdentityTable lastTable;
    private int size;

    /** The object with {@code key}, or {@code null}. */
    InstanceState get(IdentityKey key) {
        return get(key.entityClass(), raw(key));
    }

    /** The object of {@code identityClass} whose identity is {@code identity} (see {@link InstanceState#identity}), or {@code null}. */
    InstanceState get(Class<?> identityClass, Object identity) {
        IdentityTable table = existing(identityClass);
        return table == null ? null : table.get(identity);
    }

    /** Registers a state under its identity, replacing whatever held it. */
    void put(InstanceState state) {
        if (table(state.mapper.identityClass()).put(state.identity, state) == null) {
            size++;
        }
    }

    /** Removes whatever is registered under the state's identity. */
    void remove(InstanceState state) {
        IdentityTable table = existing(state.mapper.identityClass());
        if (table != null && table.remove(state.identity) != null) {
            size--;
        }
    }

    int size() {
        return size;
    }

    /** Every registered state, in a new list (callers may change the map while they walk it). */
    List<InstanceState> values() {
        List<InstanceState> all = new ArrayList<>(size);
        byClass.values().forEach(table -> table.forEach(all::add));
        return all;
    }

    void clear() {
        if (size > 0) {
            byClass.values().forEach(IdentityTable::clear);
            size = 0;
        }
    }

    /**
     * Makes room for {@code more} identities of one class that a result is about to load, at once:
     * left to grow by doubling, a table rehashed every key a dozen times while 100k rows loaded.
     * Only for a result at least as large as what the table holds: smaller ones loaded one after
     * another into a session holding many objects leave the table to grow itself (copying it each
     * time cost more).
     */
    void reserve(Class<?> identityClass, long more) {
        IdentityTable table = table(identityClass);
        long needed = table.size() + more;
        if (needed > table.room() && more >= table.size() && needed <= Integer.MAX_VALUE / 4) {
            table.reserve((int) needed);
        }
    }

    /** The key a table holds for {@code key}: its one value, or the key itself for a composite key. */
    static Object raw(IdentityKey key) {
        Object single = key.single();
        return single != null ? single : key;
    }

    private IdentityTable existing(Class<?> identityClass) {
        if (identityClass == lastClass) {
            return lastTable;
        }
        IdentityTable table = byClass.get(identityClass);
        if (table != null) {
            lastClass = identityClass;
            lastTable = table;
        }
        return table;
    }

    private IdentityTable table(Class<?> identityClass) {
        IdentityTable table = existing(identityClass);
        if (table == null) {
            table = new IdentityTable(0);
            byClass.put(identityClass, table);
            lastClass = identityClass;
            lastTable = table;
        }
        return table;
    }
}
