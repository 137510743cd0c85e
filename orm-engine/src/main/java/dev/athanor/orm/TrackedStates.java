package dev.athanor.orm;

import dev.athanor.orm.internal.Instrumented;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every {@link InstanceState} one session tracks, found by its object. An instrumented object
 * (enhanced at build time, or the runtime subclass the session loads) carries its state in its own
 * slot, so it needs no hashing: its state is kept in a list and found through the slot, checked
 * to belong here. Only plain objects (made with {@code new} from a class that is not enhanced) go
 * into an identity map. Loading 500k rows spent half of the ORM's own time in the identity-hashed
 * table this replaces (hash codes installed in every header, probes across a table of millions of
 * slots, resizes).
 *
 * <p>A state leaves the list lazily: removing it only marks it, and iteration skips marked states.
 * The list is compacted when a state is added while marked ones are more than half of it, or when
 * they are seven eighths of it, and dropped whole once every entry is marked (a streamed result
 * lets go of a partition at a time: compacting at half while it did walked each partition's
 * states twice, a cache miss each). A state that
 * moves to another session (expunged here, added there) may later come back while its old entry
 * is still listed here: it is listed again, and only the entry at its {@code listedAt} in the
 * current {@link #listing} counts, so it is never visited twice.
 */
final class TrackedStates implements Iterable<InstanceState> {
    /** Sized for a few: most sessions hold only instrumented objects, and a session per request holds one. */
    private final Map<Object, InstanceState> plain = new IdentityHashMap<>(4);
    private final ArrayList<InstanceState> instrumented = new ArrayList<>();
    /**
     * What a state listed in {@link #instrumented} holds as its {@code listedIn}; replaced when the
     * list is dropped whole, so the entries dropped need not be visited to unlist their states.
     */
    private Object listing = new Object();
    /** States in {@link #instrumented} that no longer belong here. */
    private int removed;

    /** The state tracked here for {@code object}, or {@code null}. */
    InstanceState get(Object object) {
        if (object instanceof Instrumented slot) {
            return slot.athanor$state() instanceof InstanceState state && state.tracker == this ? state : null;
        }
        return plain.get(object);
    }

    /** Tracks a state; its object must not be tracked here by another state. */
    void add(InstanceState state) {
        if (state.isInstrumented()) {
            if (state.listedIn == listing) {
                removed--; // marked removed but still listed: tracked again
            } else {
                if (removed > 64 && removed > instrumented.size() / 2) {
                    compact();
                }
                state.listedIn = listing;
                state.listedAt = instrumented.size();
                instrumented.add(state);
            }
        } else {
            plain.put(state.object, state);
        }
        state.tracker = this;
    }

    /** Stops tracking the object; returns its state, or {@code null} when it was not tracked. */
    InstanceState remove(Object object) {
        InstanceState state = get(object);
        if (state != null) {
            untrack(state);
        }
        return state;
    }

    private void untrack(InstanceState state) {
        state.tracker = null;
        if (state.isInstrumented()) {
            if (++removed == instrumented.size()) {
                dropList();
            } else if (removed > 64 && removed > instrumented.size() - instrumented.size() / 8) {
                compact(); // the objects marked removed must not be kept from the collector for long
            }
        } else {
            plain.remove(state.object);
        }
    }

    /** Stops tracking every state the predicate accepts. */
    void removeIf(Predicate<InstanceState> predicate) {
        for (int i = 0; i < instrumented.size(); i++) {
            InstanceState state = instrumented.get(i);
            if (tracked(state, i) && predicate.test(state)) {
                state.tracker = null;
                removed++;
            }
        }
        plain.values().removeIf(state -> {
            boolean remove = predicate.test(state);
            if (remove) {
                state.tracker = null;
            }
            return remove;
        });
        if (removed == instrumented.size()) {
            dropList();
        } else if (removed > instrumented.size() / 2) {
            compact();
        }
    }

    /** Makes room for {@code more} states about to be tracked (a result's rows). */
    void reserve(int more) {
        instrumented.ensureCapacity(instrumented.size() + more);
    }

    int size() {
        return instrumented.size() - removed + plain.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** Stops tracking every state at once, handing each to {@code each} first. */
    void clear(Consumer<InstanceState> each) {
        for (int i = 0; i < instrumented.size(); i++) {
            InstanceState state = instrumented.get(i);
            if (tracked(state, i)) {
                each.accept(state);
                state.tracker = null;
            }
        }
        dropList();
        for (InstanceState state : plain.values()) {
            each.accept(state);
            state.tracker = null;
        }
        plain.clear();
    }

    /** Drops every entry at once: no state is listed here any more, and none needs to be visited to know it. */
    private void dropList() {
        instrumented.clear();
        removed = 0;
        listing = new Object();
    }

    private void compact() {
        int kept = 0;
        for (int i = 0; i < instrumented.size(); i++) {
            InstanceState state = instrumented.get(i);
            if (tracked(state, i)) {
                state.listedAt = kept;
                instrumented.set(kept++, state);
            } else if (listed(state, i)) {
                state.listedIn = null; // its only entry here goes: a later add lists it afresh
            }
        }
        instrumented.subList(kept, instrumented.size()).clear();
        removed = 0;
    }

    /** Whether entry {@code index} is the one that lists {@code state} here (older entries of a state that came back are not). */
    private boolean listed(InstanceState state, int index) {
        return state.listedIn == listing && state.listedAt == index;
    }

    /** Whether entry {@code index} lists a state tracked here. */
    private boolean tracked(InstanceState state, int index) {
        return state.tracker == this && state.listedAt == index;
    }

    /** The tracked states, instrumented ones first in the order they were tracked; do not add or remove while iterating. */
    @Override
    public Iterator<InstanceState> iterator() {
        Iterator<InstanceState> rest = plain.values().iterator();
        return new Iterator<>() {
            private int index = skipRemoved(0);

            private int skipRemoved(int from) {
                while (from < instrumented.size() && !tracked(instrumented.get(from), from)) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return index < instrumented.size() || rest.hasNext();
            }

            @Override
            public InstanceState next() {
                if (index < instrumented.size()) {
                    InstanceState state = instrumented.get(index);
                    index = skipRemoved(index + 1);
                    return state;
                }
                if (!rest.hasNext()) {
                    throw new NoSuchElementException();
                }
                return rest.next();
            }
        };
    }
}
