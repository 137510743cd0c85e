package dev.athanor.orm;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * In-place change detection for JSON attributes whose type asks for it (SQLAlchemy's
 * {@code sqlalchemy.ext.mutable}): the snapshot keeps a deep copy of the value, so comparing it
 * with the field by {@code equals} sees a map or list changed in place; an enhanced object's field
 * holds a tracking view instead of the loaded map or list, which reports its first change at once
 * (SQLAlchemy's {@code MutableDict}/{@code MutableList} also track only the top level).
 */
final class MutableValues {
    private MutableValues() {
    }

    /** A copy of a JSON value sharing nothing mutable with it: maps, lists and sets are copied all the way down. */
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            set.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    /**
     * The value to keep in the field of an enhanced object: a map or list that calls
     * {@code changed} before each change, or {@code value} itself when it is already such a view
     * or not a map or list.
     */
    @SuppressWarnings("unchecked")
    static Object tracking(Object value, Runnable changed) {
        if (value instanceof TrackedMap<?, ?> || value instanceof TrackedList<?>) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new TrackedMap<>((Map<Object, Object>) map, changed);
        }
        if (value instanceof List<?> list) {
            return new TrackedList<>((List<Object>) list, changed);
        }
        return value;
    }

    /**
     * A map that reports changes; {@link AbstractMap} routes {@code compute}, {@code merge},
     * {@code replace} and the key, value and entry views through {@code put}, {@code remove} and
     * {@link #entrySet()}, so those are the only places that report.
     */
    private static final class TrackedMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> target;
        private final Runnable changed;

        TrackedMap(Map<K, V> target, Runnable changed) {
            this.target = target;
            this.changed = changed;
        }

        @Override
        public int size() {
            return target.size();
        }

        @Override
        public V get(Object key) {
            return target.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return target.containsKey(key);
        }

        @Override
        public V put(K key, V value) {
            changed.run();
            return target.put(key, value);
        }

        @Override
        public V remove(Object key) {
            if (!target.containsKey(key)) {
                return null;
            }
            changed.run();
            return target.remove(key);
        }

        @Override
        public void clear() {
            if (!target.isEmpty()) {
                changed.run();
                target.clear();
            }
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<K, V>> iterator() {
                    Iterator<Entry<K, V>> entries = target.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<K, V> next() {
                            Entry<K, V> entry = entries.next();
                            return new SimpleEntry<>(entry) {
                                @Override
                                public V setValue(V value) {
                                    changed.run();
                                    super.setValue(value);
                                    return entry.setValue(value);
                                }
                            };
                        }

                        @Override
                        public void remove() {
                            changed.run();
                            entries.remove();
                        }
                    };
                }

                @Override
                public int size() {
                    return target.size();
                }
            };
        }
    }

    /** A list that reports changes; {@link AbstractList} routes its iterators and sub-lists through these methods. */
    private static final class TrackedList<E> extends AbstractList<E> implements RandomAccess {
        private final List<E> target;
        private final Runnable changed;

        TrackedList(List<E> target, Runnable changed) {
            this.target = target;
            this.changed = changed;
        }

        @Override
        public E get(int index) {
            return target.get(index);
        }

        @Override
        public int size() {
            return target.size();
        }

        @Override
        public E set(int index, E element) {
            changed.run();
            return target.set(index, element);
        }

        @Override
        public void add(int index, E element) {
            changed.run();
            target.add(index, element);
        }

        @Override
        public E remove(int index) {
            changed.run();
            return target.remove(index);
        }

        @Override
        public void clear() {
            if (!target.isEmpty()) {
                changed.run();
                target.clear();
            }
        }
    }
}
