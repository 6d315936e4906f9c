package org.qianliyan.crawler.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qianliyan.crawler.source.FieldSelectors;
import org.qianliyan.crawler.source.SourceKind;
import org.qianliyan.crawler.source.SourceProfile;

/** Test helpers: pages and profiles. */
final class Pages {

    static final Instant FETCHED = Instant.parse("2024-03-08T00:00:00Z");

    private Pages() {
    }

    static FetchedPage page(String url, byte[] body, String contentType) {
        return new FetchedPage(url, url, contentType, body, FETCHED);
    }

    static SourceProfile profile(SourceKind kind, String seed, String linkPattern, String listPattern) {
        return new SourceProfile("test-source", null, kind, List.of(seed), linkPattern, listPattern, FieldSelectors.NONE,
                List.of(), Map.of(), null, true);
    }
}
