package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.Author;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The identity map's open-addressing table against {@link HashMap} as the reference: random puts,
 * replacements and removals of keys of every kind a primary key has, including keys whose hashes
 * collide, so removal must move later keys back for them to stay reachable.
 */
class IdentityTableTest {
    private static final Mapper<?> MAPPER = Registry.of(Author.class).mapper(Author.class);

    /** A key whose hash is chosen, to force collisions. */
    private record Colliding(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static InstanceState state() {
        return new InstanceState(new Object(), MAPPER, ObjectState.PERSISTENT);
    }

    @Test
    void behavesAsAHashMapUnderRandomPutsReplacementsAndRemovals() {
        Random random = new Random(18);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add((long) i * 1000);
            keys.add(i);
            keys.add("key " + i);
            keys.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}));
            keys.add(new Colliding(i, i % 7)); // seven hashes for 300 keys: long probe runs
            keys.add(new IdentityKey(Author.class, new Object[] {i, "part " + i}));
        }
        IdentityTable table = new IdentityTable(0);
        Map<Object, InstanceState> reference = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            Object key = keys.get(random.nextInt(keys.size()));
            if (random.nextInt(3) == 0) {
                assertThat(table.remove(key)).isSameAs(reference.remove(key));
            } else {
                InstanceState state = state();
                assertThat(table.put(key, state)).isSameAs(reference.put(key, state));
            }
            if (step % 997 == 0) {
                for (Object probe : keys) {
                    assertThat(table.get(probe)).as("key %s at step %d", probe, step).isSameAs(reference.get(probe));
                }
                assertThat(table.size()).isEqualTo(reference.size());
            }
        }
        List<InstanceState> all = new ArrayList<>();
        table.forEach(all::add);
        assertThat(all).containsExactlyInAnyOrderElementsOf(reference.values());
    }

    /**
     * Ids of the form {@code i * 0x10001} hash to the same low bits in pairs and runs: the table
     * stays correct through removals (and switches to its mixing hash on the way).
     */
    @Test
    void keysCollidingInTheirLowBitsStayReachable() {
        keepsEveryKeyReachable(java.util.stream.LongStream.range(0, 5_000).map(i -> i * 0x10001).boxed().toList());
    }

    /** Consecutive ids fill one run of slots: removing them in order, or half of them, loses none of the rest. */
    @Test
    void consecutiveIdsStayReachableAsTheyAreRemovedInOrder() {
        keepsEveryKeyReachable(java.util.stream.LongStream.rangeClosed(1, 20_000).boxed().toList());
    }

    private static void keepsEveryKeyReachable(List<Long> ids) {
        IdentityTable table = new IdentityTable(0);
        Map<Object, InstanceState> reference = new HashMap<>();
        for (Long id : ids) {
            InstanceState state = state();
            table.put(id, state);
            reference.put(id, state);
        }
        for (int i = 0; i < ids.size(); i += 2) {
            assertThat(table.remove(ids.get(i))).isSameAs(reference.remove(ids.get(i)));
        }
        for (Long id : ids) {
            assertThat(table.get(id)).as("id %d", id).isSameAs(reference.get(id));
        }
        assertThat(table.get(-1L)).isNull();
        for (int i = 1; i < ids.size(); i += 2) {
            assertThat(table.remove(ids.get(i))).isSameAs(reference.remove(ids.get(i)));
        }
        assertThat(table.size()).isZero();
    }

    @Test
    void growsAsItFillsKeepsRoomReservedAndEmptiesOnClear() {
        IdentityTable table = new IdentityTable(0);
        List<InstanceState> states = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            InstanceState state = state();
            states.add(state);
            table.put(id, state);
        }
        assertThat(table.size()).isEqualTo(10_000);
        assertThat(table.room()).isGreaterThanOrEqualTo(10_000);
        for (long id = 1; id <= 10_000; id++) {
            assertThat(table.get(id)).isSameAs(states.get((int) id - 1));
        }
        table.clear();
        assertThat(table.size()).isZero();
        assertThat(table.get(1L)).isNull();
        table.reserve(100_000);
        assertThat(table.room()).isGreaterThanOrEqualTo(100_000);
        table.put(5L, states.get(0));
        assertThat(table.get(5L)).isSameAs(states.get(0));
    }
}
