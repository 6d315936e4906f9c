package org.qianliyan.crawler.fetch;

/** Fetches one URL politely; never throws for an expected failure (see {@link FetchOutcome}). */
@FunctionalInterface
public interface PageFetcher {

    /**
     * @param request what to fetch
     * @return the outcome, success or failure with its reason
     * @throws InterruptedException when the calling thread is interrupted (graceful stop)
     */
    FetchOutcome fetch(FetchRequest request) throws InterruptedException;
}
