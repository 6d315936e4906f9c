package org.qianliyan.crawler.frontier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable crawl frontier shared by crawler processes. The portal implements it over the
 * Elasticsearch {@code crawl-status} index; {@link InMemoryFrontierStore} serves tests and
 * single runs. Every implementation must pass {@code FrontierStoreContract} (crawler test-jar).
 *
 * <p>Semantics:
 * <ul>
 * <li>URLs are keyed by canonical URL: adding a known URL changes nothing and returns false.</li>
 * <li>{@link #lease} hands out due URLs (status QUEUED, FETCHED, FAILED or BLOCKED with
 *     {@code nextFetchAt <= now}) under a lease {@code (owner, now + duration)}. A URL with a live
 *     lease is never handed out again, and a host with a live lease held by one owner is not
 *     leased to another, so two processes never fetch the same URL or hammer the same host.
 *     An expired lease counts as no lease: a crashed owner's URLs are re-leased, nothing lost.</li>
 * <li>{@link #record} writes the outcome and clears the lease, only when {@code owner} still
 *     holds it (returns false otherwise: the lease expired and was taken over); {@link #recordAll}
 *     does the same for a batch.</li>
 * <li>Time is passed in ({@code now}), so tests and the ES implementation agree on it.</li>
 * </ul>
 */
public interface FrontierStore {

    /**
     * @param url      an absolute URL
     * @param sourceId its source
     * @param dueAt    when it may first be fetched
     * @return true when the canonical URL was new and is now QUEUED
     */
    boolean add(String url, String sourceId, Instant dueAt);

    /**
     * Adds the links of a page at once (a store over the network writes them in one request).
     *
     * @param urls     absolute URLs
     * @param sourceId their source
     * @param dueAt    when they may first be fetched
     * @return how many canonical URLs were new and are now QUEUED
     */
    default int addAll(List<String> urls, String sourceId, Instant dueAt) {
        int added = 0;
        for (String url : urls) {
            if (add(url, sourceId, dueAt)) {
                added++;
            }
        }
        return added;
    }

    /**
     * @param owner    the leasing crawler instance
     * @param maxUrls  at most this many URLs
     * @param duration lease length (longer than the worst fetch, shorter than a tolerable restart delay)
     * @param now      the current time
     * @return due URLs now leased to {@code owner}, oldest due first
     */
    List<FrontierEntry> lease(String owner, int maxUrls, Duration duration, Instant now);

    /**
     * @param canonicalUrl the leased URL's key
     * @param owner        the owner that leased it
     * @param record       the outcome
     * @return false when {@code owner} no longer holds the lease (nothing is written)
     */
    boolean record(String canonicalUrl, String owner, FetchRecord record);

    /**
     * Records the outcomes of a batch at once (a store over the network reads and writes them in one request
     * each), with {@link #record}'s rule for each.
     *
     * @param owner    the owner that leased them
     * @param outcomes the outcome of each leased URL, by canonical URL
     * @return the canonical URLs whose lease {@code owner} no longer held (nothing is written for them)
     */
    default List<String> recordAll(String owner, Map<String, FetchRecord> outcomes) {
        List<String> lost = new ArrayList<>();
        outcomes.forEach((canonicalUrl, record) -> {
            if (!record(canonicalUrl, owner, record)) {
                lost.add(canonicalUrl);
            }
        });
        return lost;
    }

    /** Gives back a lease without an outcome (graceful stop); the URL is due again at once. */
    void release(String canonicalUrl, String owner);

    /**
     * @param now the current time
     * @return whether any URL is due at {@code now}, leased or not (a {@code --once} pass waits
     *         while other instances still hold due URLs)
     */
    boolean anyDue(Instant now);

    /** @return the entry for a canonical URL */
    Optional<FrontierEntry> get(String canonicalUrl);

    /** @return the number of entries per status for a source */
    Map<CrawlStatus, Long> countByStatus(String sourceId);
}
