package org.qianliyan.portal.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;
import org.springframework.util.unit.DataSize;

/** Settings and profiles shared by the crawl pipeline tests. */
public final class CrawlFixtures {

    private CrawlFixtures() {
    }

    /** Fast politeness, the fixture server allow-listed as localhost and 127.0.0.1, no retry within a pass. */
    public static CrawlerProperties properties(FixtureServer server, Duration lease, Duration hostDelay) {
        List<String> allow = new ArrayList<>(server.allowList());
        allow.add("127.0.0.1:" + server.port());
        return new CrawlerProperties(false, Duration.ofMinutes(30), "https://qianliyan.example/crawler", "qianliyan",
                allow, 1, hostDelay, Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofMegabytes(5), lease, 2,
                Duration.ofHours(1), Duration.ofHours(1));
    }

    public static SourceProfile site(String id, String seed, String linkPattern) {
        return new SourceProfile(id, id, SourceKind.SITE, List.of(seed), linkPattern, null, FieldSelectors.NONE,
                List.of(), Map.of(), null, true);
    }
}
