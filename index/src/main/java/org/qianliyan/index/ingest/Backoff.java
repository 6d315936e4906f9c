package org.qianliyan.index.ingest;

import java.time.Duration;
import java.util.Objects;

import org.qianliyan.index.IndexException;

/**
 * When to try a bulk request, or a document in it, again: on 429 (Elasticsearch is
 * overloaded or has blocked writes for a while) and on 5xx, up to {@code maxAttempts}
 * tries in all, waiting {@code initialDelay}, then twice as long each time, never more than
 * {@code maxDelay}.
 *
 * <pre>{@code
 * Backoff backoff = new Backoff(5, Duration.ofMillis(200), Duration.ofSeconds(10));
 * backoff.delayAfter(1); // 200 ms, then 400 ms, 800 ms, 1.6 s
 * }</pre>
 *
 * @param maxAttempts  tries in all, at least 1 (1 means no retry)
 * @param initialDelay the wait after the first failed try
 * @param maxDelay     the longest wait
 */
public record Backoff(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public Backoff {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IndexException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IndexException("delays must satisfy 0 <= initialDelay <= maxDelay, were "
                    + initialDelay + " and " + maxDelay);
        }
    }

    /** Five tries, 200 ms doubling up to 10 s: about 3 s of patience in all. */
    public static Backoff standard() {
        return new Backoff(5, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    /** True for the statuses worth another try: 429 and every 5xx. */
    public boolean retries(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /** True when a try numbered {@code attempt} (from 1) that failed may be followed by another. */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after the failed try numbered {@code attempt} (from 1). */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IndexException("attempts count from 1, was " + attempt);
        }
        Duration delay = initialDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
