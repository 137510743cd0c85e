package dev.athanor.sql.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded LRU cache from statement shape ({@link CacheKey}) to compiled form, counting hits and
 * misses. One cache belongs to one engine (and so one dialect). Reads take a short lock: a cache
 * hit costs a hash lookup, far less than compiling.
 *
 * @param <V> what is cached: the compiled statement, or an execution plan built from it
 */
public final class CompileCache<V> {
    private final int capacity;
    private final Map<CacheKey, V> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** A cache holding at most {@code capacity} statements; 0 disables caching. */
    public CompileCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, V> eldest) {
                return size() > CompileCache.this.capacity;
            }
        };
    }

    /** The cached value for the key, computing (outside the lock) and storing it on a miss. */
    public V get(CacheKey key, Function<CacheKey, V> compile) {
        if (capacity > 0) {
            V cached;
            synchronized (entries) {
                cached = entries.get(key);
            }
            if (cached != null) {
                hits.increment();
                return cached;
            }
        }
        misses.increment();
        V compiled = compile.apply(key);
        if (capacity > 0) {
            synchronized (entries) {
                entries.put(key, compiled);
            }
        }
        return compiled;
    }

    /** How many lookups found a cached compilation. */
    public long hits() {
        return hits.sum();
    }

    /** How many lookups had to compile. */
    public long misses() {
        return misses.sum();
    }

    /** How many compilations are held now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The most compilations this cache holds. */
    public int capacity() {
        return capacity;
    }

    /** Drops every cached compilation (e.g. after the schema changed). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
