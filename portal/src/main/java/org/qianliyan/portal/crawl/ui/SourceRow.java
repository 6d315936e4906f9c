package org.qianliyan.portal.crawl.ui;

/**
 * One line of the Sources page.
 *
 * @param id            source id
 * @param name          display name
 * @param kind          kind of source
 * @param enabled       whether it is crawled
 * @param fetched       URLs fetched (frontier, all crawler processes)
 * @param queued        URLs waiting (frontier)
 * @param failed        URLs failed (frontier)
 * @param newDocs       documents handed to the pipeline in this process's last (or running) pass
 * @param duplicates    links and texts already known in that pass
 * @param blocked       whether an anti-bot answer flagged it
 * @param blockedReason what that answer was, or null
 */
public record SourceRow(String id, String name, String kind, boolean enabled, long fetched, long queued, long failed,
        long newDocs, long duplicates, boolean blocked, String blockedReason) {
}
