package org.qianliyan.portal.api;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (a client address): {@code capacity} tokens, refilled evenly over a
 * minute. The least recently used buckets beyond {@code maxKeys} are dropped, so a flood of
 * addresses cannot grow the heap without bound.
 */
final class RequestBuckets {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private final Map<String, Bucket> buckets;
    private final Clock clock;

    RequestBuckets(int capacity, int maxKeys, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Takes one token for {@code key}.
     *
     * @return 0 when the request may go ahead, else the whole seconds until a token is back
     */
    synchronized long take(String key) {
        long now = clock.instant().toEpochMilli() * 1_000_000L;
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        double refilled = Math.min(capacity, bucket.tokens + (now - bucket.updatedNanos) * capacity / NANOS_PER_MINUTE);
        bucket.updatedNanos = now;
        if (refilled >= 1) {
            bucket.tokens = refilled - 1;
            return 0;
        }
        bucket.tokens = refilled;
        return (long) Math.ceil((1 - refilled) * NANOS_PER_MINUTE / capacity / 1e9);
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        private Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }
}
