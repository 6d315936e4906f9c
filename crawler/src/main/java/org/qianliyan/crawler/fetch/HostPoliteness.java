package org.qianliyan.crawler.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most N requests in flight per host, and a pause between the end of
 * one request and the start of the next (the configured delay, raised by robots.txt
 * Crawl-delay, Retry-After or an anti-bot back-off).
 */
final class HostPoliteness {

    private final ConcurrentMap<String, HostSlot> slots = new ConcurrentHashMap<>();
    private final int maxConnections;
    private final Clock clock;

    HostPoliteness(int maxConnections, Clock clock) {
        this.maxConnections = maxConnections;
        this.clock = clock;
    }

    /**
     * Waits for a free connection slot and for the host's pause to end, unless the pause ends
     * later than {@code maxWait} from now: then nothing is acquired and the end is returned.
     */
    Instant acquire(String host, Duration maxWait) throws InterruptedException {
        HostSlot slot = slot(host);
        synchronized (slot) {
            if (Duration.between(clock.instant(), slot.notBefore).compareTo(maxWait) > 0) {
                return slot.notBefore;
            }
        }
        slot.permits.acquire();
        try {
            while (true) {
                long waitMs;
                synchronized (slot) {
                    waitMs = Duration.between(clock.instant(), slot.notBefore).toMillis();
                }
                if (waitMs <= 0) {
                    return null;
                }
                Thread.sleep(Math.min(waitMs, 1000));
            }
        } catch (InterruptedException e) {
            slot.permits.release();
            throw e;
        }
    }

    /** Releases the slot and starts the host's pause. */
    void release(String host, Duration delay) {
        HostSlot slot = slot(host);
        pauseUntil(host, clock.instant().plus(delay));
        slot.permits.release();
    }

    /** Keeps the host idle until the given instant (never shortens an existing pause). */
    void pauseUntil(String host, Instant until) {
        HostSlot slot = slot(host);
        synchronized (slot) {
            if (until.isAfter(slot.notBefore)) {
                slot.notBefore = until;
            }
        }
    }

    /** @return when the host may next be requested */
    Instant notBefore(String host) {
        HostSlot slot = slot(host);
        synchronized (slot) {
            return slot.notBefore;
        }
    }

    private HostSlot slot(String host) {
        return slots.computeIfAbsent(host, h -> new HostSlot(maxConnections));
    }

    private static final class HostSlot {
        final Semaphore permits;
        Instant notBefore = Instant.EPOCH;

        HostSlot(int permits) {
            this.permits = new Semaphore(permits, true);
        }
    }
}
