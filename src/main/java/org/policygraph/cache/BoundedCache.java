package org.policygraph.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code maxEntries} entries and, when full, drops the least recently used one (a read
 * counts as a use). Safe to share between threads: every operation holds the cache's lock, which is short (a hash
 * look-up). For what is worth keeping but cheap to recompute: parsed documents, compiled queries, persisted queries.
 */
public final class BoundedCache<K, V> {

    private final int maxEntries;
    private final LinkedHashMap<K, V> entries;

    /** @param maxEntries how many entries it keeps; 0 keeps none */
    public BoundedCache(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be 0 or more, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedCache.this.maxEntries;
            }
        };
    }

    /** The value kept for {@code key}, or null; a hit makes the entry the most recently used. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Whether a value is kept for {@code key}; a hit makes the entry the most recently used. */
    public synchronized boolean contains(K key) {
        return entries.get(key) != null;
    }

    /** Keeps {@code value} (not null) for {@code key}, dropping the least recently used entry when full. */
    public synchronized void put(K key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("a cache keeps values, not null");
        }
        entries.put(key, value);
    }

    public synchronized int size() {
        return entries.size();
    }

    public int maxEntries() {
        return maxEntries;
    }
}
