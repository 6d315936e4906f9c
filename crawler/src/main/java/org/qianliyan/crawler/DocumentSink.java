package org.qianliyan.crawler;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where extracted documents go; the portal implements it (NLP, then indexing).
 *
 * <p>Contract: the crawler may hand the same canonical URL over more than once (a recrawl, or
 * a fetch repeated after a crash between {@code accept} and the frontier update), so an
 * implementation must be idempotent by {@link CrawledDocument#canonicalUrl()} (for example
 * by using it, hashed, as the Elasticsearch document id). Called from crawler worker threads;
 * implementations must be thread-safe. A document that could not be stored marks its URL
 * FAILED with the reason, and the crawl goes on.
 */
@FunctionalInterface
public interface DocumentSink {

    /**
     * @param document a document extracted from a fetched page
     * @throws RuntimeException when it could not be stored
     */
    void accept(CrawledDocument document);

    /**
     * Stores the documents of a batch of pages at once; the crawler calls this, once per leased
     * batch, so an implementation can write them in one request. Returns only after every
     * document it does not report is stored: the crawler records a URL as fetched on that word.
     *
     * @param documents the documents, in the order their pages were fetched
     * @return the documents that were not stored, each with the reason (identity keys); empty when all were
     */
    default Map<CrawledDocument, String> acceptAll(List<CrawledDocument> documents) {
        Map<CrawledDocument, String> failures = new IdentityHashMap<>();
        for (CrawledDocument document : documents) {
            try {
                accept(document);
            } catch (RuntimeException e) {
                failures.put(document, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        return failures;
    }
}
