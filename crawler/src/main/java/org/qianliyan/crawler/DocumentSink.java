package org.qianliyan.crawler;

/**
 * Where extracted documents go; the portal implements it (NLP, then indexing).
 *
 * <p>Contract: the crawler may hand the same canonical URL over more than once (a recrawl, or
 * a fetch repeated after a crash between {@code accept} and the frontier update), so an
 * implementation must be idempotent by {@link CrawledDocument#canonicalUrl()} (for example
 * by using it, hashed, as the Elasticsearch document id). Called from crawler worker threads;
 * implementations must be thread-safe. An exception thrown here marks the URL FAILED with the
 * exception's message, and the crawl goes on.
 */
@FunctionalInterface
public interface DocumentSink {

    /** @param document a document extracted from a fetched page */
    void accept(CrawledDocument document);
}
