package org.qianliyan.portal.crawl;

import java.time.Instant;
import java.util.Map;

import org.qianliyan.crawler.SourceProgress;

/**
 * The progress of one crawl pass.
 *
 * @param startedAt when it started
 * @param endedAt   when it ended, or null while it runs
 * @param progress  counters per source id
 */
public record CrawlPass(Instant startedAt, Instant endedAt, Map<String, SourceProgress> progress) {

    /** @return whether it is still running */
    public boolean running() {
        return endedAt == null;
    }
}
