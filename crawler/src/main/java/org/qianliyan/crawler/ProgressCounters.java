package org.qianliyan.crawler;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe per-source counters behind {@link Crawler#progress()}. */
final class ProgressCounters {

    private final Map<String, Counters> bySource = new ConcurrentHashMap<>();

    static final class Counters {
        final AtomicLong fetched = new AtomicLong();
        final AtomicLong queued = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong newDocs = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        volatile Instant blockedUntil;
        volatile String lastBlock;
    }

    Counters of(String sourceId) {
        return bySource.computeIfAbsent(sourceId, id -> new Counters());
    }

    Map<String, SourceProgress> snapshot(Instant now) {
        Map<String, SourceProgress> out = new TreeMap<>();
        bySource.forEach((id, c) -> out.put(id, new SourceProgress(id, c.fetched.get(), c.queued.get(), c.failed.get(),
                c.newDocs.get(), c.duplicates.get(), c.blockedUntil != null && c.blockedUntil.isAfter(now), c.lastBlock)));
        return out;
    }
}
