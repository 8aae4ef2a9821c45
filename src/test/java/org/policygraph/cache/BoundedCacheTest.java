package org.policygraph.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The bounded cache keeps at most its size, drops the least recently used entry first, and is safe to share. */
class BoundedCacheTest {

    @Test
    void whenFullTheLeastRecentlyUsedEntryIsDropped() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        assertThat(cache.get("a")).as("a read makes 'a' the most recently used").isEqualTo(1);

        cache.put("d", 4);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("b")).as("'b' was the least recently used").isNull();
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.get("d")).isEqualTo(4);

        assertThat(cache.contains("c")).isTrue(); // now a, d, c from oldest: 'a' goes next
        cache.put("e", 5);
        assertThat(cache.contains("a")).isFalse();
        assertThat(cache.contains("d")).isTrue();
    }

    @Test
    void replacingAValueDoesNotGrowTheCache() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(2);
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a")).isEqualTo(2);
    }

    @Test
    void sizeZeroKeepsNothingAndNegativeSizesOrNullValuesAreRefused() {
        BoundedCache<String, Integer> none = new BoundedCache<>(0);
        none.put("a", 1);
        assertThat(none.get("a")).isNull();
        assertThat(none.size()).isZero();
        assertThatThrownBy(() -> new BoundedCache<>(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> none.put("a", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyThreadsNeverPushItPastItsSize() throws Exception {
        int size = 50;
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(size);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20_000; i++) {
                        int key = (i * 7 + thread) % 500;
                        cache.put(key, key);
                        Integer kept = cache.get((key + 13) % 500);
                        if (kept != null && kept != (key + 13) % 500) {
                            throw new AssertionError("key " + ((key + 13) % 500) + " holds " + kept);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS); // rethrows a wrong value or a corrupted map's exception
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isEqualTo(size);
    }
}
