package org.qianliyan.portal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.crawler.frontier.CrawlStatus;
import org.qianliyan.crawler.frontier.FetchRecord;
import org.qianliyan.crawler.frontier.FrontierEntry;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;
import org.qianliyan.portal.crawl.frontier.FailedFetches;
import org.qianliyan.portal.crawl.frontier.FailedFetches.SourceFailures;

/** Failed fetches are counted per source from what the frontier itself recorded, within the asked time only. */
class FailedFetchesIT {

    private final CrawlIndices indices = new CrawlIndices();

    @AfterEach
    void deleteIndices() throws Exception {
        indices.close();
    }

    @Test
    void sources_with_enough_failures_in_the_window_are_named_with_an_error() throws Exception {
        var frontier = new ElasticsearchFrontierStore(indices.client(), indices.crawlStatus());
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        frontier.addAll(List.of("http://a.example/1", "http://a.example/2", "http://a.example/3"), "flaky", now);
        frontier.addAll(List.of("http://b.example/1", "http://b.example/2"), "steady", now);
        frontier.add("http://c.example/1", "rare", now);

        int recorded = 0;
        for (List<FrontierEntry> batch = lease(frontier, now); !batch.isEmpty(); batch = lease(frontier, now)) {
            for (FrontierEntry leased : batch) {
                boolean fails = !leased.sourceId().equals("steady");
                Instant fetchedAt = leased.url().endsWith("/3") ? now.minus(Duration.ofDays(1)) : now.plusSeconds(5);
                recorded += frontier.record(leased.canonicalUrl(), "it", fails
                        ? new FetchRecord(CrawlStatus.FAILED, null, 1, "HTTP 503", null, null, fetchedAt)
                        : new FetchRecord(CrawlStatus.FETCHED, null, 0, null, null, null, fetchedAt)) ? 1 : 0;
            }
        }
        assertThat(recorded).isEqualTo(6);
        indices.client().indices().refresh(r -> r.index(indices.crawlStatus()));

        List<SourceFailures> failing = new FailedFetches(indices.client(), indices.crawlStatus())
                .perSource(now, now.plus(Duration.ofHours(1)), 2);

        assertThat(failing).containsExactly(new SourceFailures("flaky", 2, "HTTP 503"));
        assertThat(new FailedFetches(indices.client(), indices.crawlStatus())
                .perSource(now, now.plus(Duration.ofHours(1)), 1))
                .extracting(SourceFailures::sourceId).containsExactlyInAnyOrder("flaky", "rare");
    }

    private static List<FrontierEntry> lease(ElasticsearchFrontierStore frontier, Instant now) {
        return frontier.lease("it", 10, Duration.ofMinutes(5), now);
    }
}
