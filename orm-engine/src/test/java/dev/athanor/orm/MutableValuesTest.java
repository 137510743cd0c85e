package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The tracking views an enhanced object's mutable JSON field holds report every way of changing
 * a map or list in place (views, iterators and default methods included) and nothing that only
 * reads; the snapshot's copy shares no map or list with the value.
 */
class MutableValuesTest {

    @Test
    void everyChangeOfATrackedMapIsReportedAndReadsAreNot() {
        List<Consumer<Map<String, Object>>> changes = List.of(
                m -> m.put("c", 3), m -> m.remove("a"), Map::clear, m -> m.putAll(Map.of("d", 4)),
                m -> m.merge("a", 1, (x, y) -> 9), m -> m.compute("a", (k, v) -> null), m -> m.replace("a", 5),
                m -> m.putIfAbsent("e", 5), m -> m.keySet().removeIf("a"::equals), m -> m.values().clear(),
                m -> m.entrySet().iterator().next().setValue(7), m -> m.replaceAll((k, v) -> 0));
        for (Consumer<Map<String, Object>> change : changes) {
            AtomicInteger reports = new AtomicInteger();
            @SuppressWarnings("unchecked")
            Map<String, Object> tracked = (Map<String, Object>) MutableValues.tracking(sample(), reports::incrementAndGet);
            change.accept(tracked);
            assertThat(reports.get()).as("reports of %s", tracked).isPositive();
        }
        AtomicInteger reports = new AtomicInteger();
        Map<String, Object> backing = sample();
        @SuppressWarnings("unchecked")
        Map<String, Object> tracked = (Map<String, Object>) MutableValues.tracking(backing, reports::incrementAndGet);
        tracked.get("a");
        tracked.remove("absent");
        tracked.forEach((k, v) -> { });
        assertThat(tracked).isEqualTo(backing).hasSameHashCodeAs(backing);
        assertThat(reports.get()).isZero();
        tracked.put("z", 26);
        assertThat(backing).containsEntry("z", 26); // writes go through to the loaded map
    }

    @Test
    void everyChangeOfATrackedListIsReported() {
        List<Consumer<List<Object>>> changes = List.of(l -> l.add("c"), l -> l.remove(0), List::clear,
                l -> l.set(0, "x"), l -> l.removeIf("a"::equals), l -> l.subList(0, 1).clear(),
                l -> l.sort(null), l -> { var it = l.iterator(); it.next(); it.remove(); });
        for (Consumer<List<Object>> change : changes) {
            AtomicInteger reports = new AtomicInteger();
            @SuppressWarnings("unchecked")
            List<Object> tracked = (List<Object>) MutableValues.tracking(new ArrayList<>(List.of("b", "a")),
                    reports::incrementAndGet);
            change.accept(tracked);
            assertThat(reports.get()).as("reports after a change of %s", tracked).isPositive();
        }
    }

    @Test
    void theSnapshotCopySharesNoMapOrList() {
        Map<String, Object> value = sample();
        value.put("nested", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("k", "v")))));
        Object copy = MutableValues.deepCopy(value);
        assertThat(copy).isEqualTo(value);
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = ((List<Map<String, Object>>) value.get("nested")).get(0);
        inner.put("k", "changed");
        assertThat(copy).isNotEqualTo(value);
        assertThat(MutableValues.tracking("text", () -> { })).isEqualTo("text");
    }

    private static Map<String, Object> sample() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        return map;
    }
}
