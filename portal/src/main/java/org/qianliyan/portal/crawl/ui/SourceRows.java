package org.qianliyan.portal.crawl.ui;

import java.util.List;
import java.util.Map;

import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.portal.crawl.sources.SourceRecord;

/** Joins stored sources, the frontier's counts and the last pass's counters into the page's rows. */
final class SourceRows {

    private SourceRows() {
    }

    static List<SourceRow> of(List<SourceRecord> sources, Map<String, Map<CrawlStatus, Long>> frontier,
            Map<String, SourceProgress> lastPass) {
        return sources.stream().map(s -> row(s, frontier.getOrDefault(s.id(), Map.of()), lastPass.get(s.id()))).toList();
    }

    private static SourceRow row(SourceRecord s, Map<CrawlStatus, Long> counts, SourceProgress pass) {
        boolean blockedInPass = pass != null && pass.blocked();
        String reason = s.blockedReason() != null ? s.blockedReason() : blockedInPass ? pass.lastBlock() : null;
        return new SourceRow(s.id(), s.profile().name(), s.profile().kind().name(), s.profile().enabled(),
                counts.getOrDefault(CrawlStatus.FETCHED, 0L),
                counts.getOrDefault(CrawlStatus.QUEUED, 0L),
                counts.getOrDefault(CrawlStatus.FAILED, 0L) + counts.getOrDefault(CrawlStatus.BLOCKED, 0L),
                pass == null ? 0 : pass.newDocs(),
                pass == null ? 0 : pass.duplicates(),
                s.blocked() || blockedInPass, reason);
    }
}
