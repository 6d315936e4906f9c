package org.qianliyan.portal.crawl;

import java.time.Instant;
import java.util.List;

import org.qianliyan.portal.crawl.frontier.FailedFetches;
import org.qianliyan.portal.crawl.frontier.FailedFetches.SourceFailures;
import org.qianliyan.portal.crawl.sources.SourceRecord;
import org.qianliyan.portal.crawl.sources.SourceRepository;

/**
 * What the crawl recorded that staff must know, for the alerts of the opinion feature: sources
 * flagged for an anti-bot answer and sources whose fetches failed in a time bucket.
 */
public class CrawlTrouble {

    private final SourceRepository sources;
    private final FailedFetches failedFetches;

    CrawlTrouble(SourceRepository sources, FailedFetches failedFetches) {
        this.sources = sources;
        this.failedFetches = failedFetches;
    }

    public List<SourceRecord> blocked() {
        return sources.findAll().stream().filter(SourceRecord::blocked).toList();
    }

    public List<SourceFailures> failing(Instant from, Instant to, int minFailures) {
        return failedFetches.perSource(from, to, minFailures);
    }
}
