package dev.athanor.orm;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One identity class's objects by identity: an open-addressing hash table (linear probing, at
 * most half full) of keys and states in two arrays. The loader looks up and registers every row's
 * object here; {@link java.util.HashMap} spent an entry object and a pointer chase on each.
 *
 * <p>Slots are picked as {@code HashMap} picks buckets (the hash's low bits, its high half folded
 * in), which keeps consecutive ids in consecutive slots: loading 500k rows then walks the table in
 * order instead of missing the cache on every row (a well-mixed hash made that load six times
 * slower). Keys whose hashes share their low bits (ids in strides of a power of two) would pile
 * up in long probe runs that way, so a run longer than {@link #LONG_RUN} switches the table to a
 * mixing hash for good.
 */
final class IdentityTable {
    /** The fewest slots a table has: room for 8 identities. */
    private static final int MIN_CAPACITY = 16;
    /** A probe run this long means the keys' low bits collide: the table switches to {@link #mixing}. */
    private static final int LONG_RUN = 32;

    private Object[] keys;
    private InstanceState[] states;
    private int size;
    /** How many identities fit before the table doubles: half its slots. */
    private int limit;
    /**
     * How far any key now in the table sits from its own slot, at most (it only grows, until the
     * table is rebuilt or cleared). A search or a removal stops once it is further than that from
     * where it started: consecutive ids fill one unbroken run of slots each at its own, and without
     * this bound a missing key or a removal walked to the end of the run (removing 100k such ids
     * one by one took seconds).
     */
    private int maxRun;
    /** {@code 32 - log2(capacity)}, for the mixing hash, whose top bits pick the slot. */
    private int shift;
    /** Whether slots come from a multiplicative (Fibonacci) hash, after keys collided in their low bits. */
    private boolean mixing;

    /** A table with room for {@code expected} identities before it grows. */
    IdentityTable(int expected) {
        allocate(capacityFor(expected));
    }

    InstanceState get(Object key) {
        int slot = find(key);
        return slot < 0 ? null : states[slot];
    }

    /** Registers {@code state} under {@code key}; returns the state it replaced, or {@code null}. */
    InstanceState put(Object key, InstanceState state) {
        int mask = keys.length - 1;
        int slot = slot(key);
        int run = 0;
        for (Object held; (held = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (held.equals(key)) {
                InstanceState replaced = states[slot];
                states[slot] = state;
                return replaced;
            }
            run++;
        }
        keys[slot] = key;
        states[slot] = state;
        maxRun = Math.max(maxRun, run);
        if (++size > limit) {
            resize(keys.length * 2);
        } else if (run > LONG_RUN && !mixing) {
            mixing = true;
            resize(keys.length);
        }
        return null;
    }

    /** Removes {@code key}; returns the state it held, or {@code null}. */
    InstanceState remove(Object key) {
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        InstanceState removed = states[slot];
        closeGap(slot);
        size--;
        return removed;
    }

    /** The slot holding {@code key}, or -1. */
    private int find(Object key) {
        Object[] keys = this.keys;
        int mask = keys.length - 1;
        int slot = slot(key);
        for (int run = 0; run <= maxRun; run++, slot = (slot + 1) & mask) {
            Object held = keys[slot];
            if (held == null) {
                return -1;
            }
            if (held.equals(key)) {
                return slot;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** How many identities the table holds before it grows. */
    int room() {
        return limit;
    }

    void forEach(Consumer<InstanceState> each) {
        for (InstanceState state : states) {
            if (state != null) {
                each.accept(state);
            }
        }
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, null);
            Arrays.fill(states, null);
            size = 0;
            maxRun = 0;
        }
    }

    /** Makes room for {@code expected} identities at once, instead of doubling while they arrive. */
    void reserve(int expected) {
        int capacity = capacityFor(expected);
        if (capacity > keys.length) {
            resize(capacity);
        }
    }

    /**
     * Empties the slot of a removed key and moves back the keys after it that probed past it, so
     * every key stays reachable from its own slot without leaving markers behind. A key more than
     * {@link #maxRun} slots past the gap cannot have probed past it, nor can any after it.
     */
    private void closeGap(int gap) {
        int mask = keys.length - 1;
        for (int slot = (gap + 1) & mask; keys[slot] != null && ((slot - gap) & mask) <= maxRun;
                slot = (slot + 1) & mask) {
            int home = slot(keys[slot]);
            // the key may fill the gap when its home is not cyclically within (gap, slot]
            if (((slot - home) & mask) >= ((slot - gap) & mask)) {
                keys[gap] = keys[slot];
                states[gap] = states[slot];
                gap = slot;
            }
        }
        keys[gap] = null;
        states[gap] = null;
    }

    private int slot(Object key) {
        int hash = key.hashCode();
        return mixing ? (hash * 0x9E3779B9) >>> shift : (hash ^ hash >>> 16) & (keys.length - 1);
    }

    private void resize(int capacity) {
        Object[] oldKeys = keys;
        InstanceState[] oldStates = states;
        allocate(capacity);
        maxRun = 0;
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                int run = 0;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                    run++;
                }
                keys[slot] = oldKeys[i];
                states[slot] = oldStates[i];
                maxRun = Math.max(maxRun, run);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new Object[capacity];
        states = new InstanceState[capacity];
        limit = capacity / 2;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    /** The power of two with at least twice {@code expected} slots. */
    private static int capacityFor(int expected) {
        long wanted = Math.max(MIN_CAPACITY, 2L * expected);
        if (wanted > 1 << 30) {
            throw new IllegalStateException("An identity map cannot hold " + expected + " objects of one class");
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }
}
