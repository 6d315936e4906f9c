package org.qianliyan.portal.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.SourceProgress;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.qianliyan.portal.crawl.sources.SourceRecord;

class SourceRowsTest {

    private static SourceRecord source(String id, String blockedReason) {
        return new SourceRecord(new SourceProfile(id, "名称" + id, SourceKind.SITE, List.of("https://example.cn/"), null, null,
                FieldSelectors.NONE, List.of(), Map.of(), null, true), blockedReason, null, Instant.EPOCH);
    }

    @Test
    void frontier_counts_and_the_last_pass_are_joined_per_source() {
        List<SourceRow> rows = SourceRows.of(List.of(source("a", null)),
                Map.of("a", Map.of(CrawlStatus.FETCHED, 7L, CrawlStatus.QUEUED, 3L, CrawlStatus.FAILED, 1L, CrawlStatus.BLOCKED, 1L)),
                Map.of("a", new SourceProgress("a", 5, 9, 2, 4, 6, false, null)));
        assertThat(rows).containsExactly(new SourceRow("a", "名称a", "SITE", true, 7, 3, 2, 4, 6, false, null));
    }

    @Test
    void a_source_is_shown_blocked_when_flagged_or_blocked_in_the_running_pass() {
        List<SourceRow> rows = SourceRows.of(List.of(source("flagged", "captcha page"), source("live", null), source("quiet", null)),
                Map.of(), Map.of("live", new SourceProgress("live", 0, 0, 1, 0, 0, true, "HTTP 418")));
        assertThat(rows).extracting(SourceRow::blocked).containsExactly(true, true, false);
        assertThat(rows).extracting(SourceRow::blockedReason).containsExactly("captcha page", "HTTP 418", null);
    }

    @Test
    void a_source_never_crawled_shows_zeros() {
        assertThat(SourceRows.of(List.of(source("new", null)), Map.of(), Map.of()).get(0))
                .extracting(SourceRow::fetched, SourceRow::queued, SourceRow::newDocs).containsExactly(0L, 0L, 0L);
    }
}
