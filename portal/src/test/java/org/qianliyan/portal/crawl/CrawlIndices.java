package org.qianliyan.portal.crawl;

import java.util.List;

import org.qianliyan.index.schema.StandardIndices;
import org.qianliyan.portal.support.TestIndices;

/** The crawl's indices ({@code crawl-status}, {@code sources}, {@code posts}) for a test. */
public final class CrawlIndices extends TestIndices {

    public CrawlIndices() {
        super("crawl", List.of(StandardIndices.CRAWL_STATUS, StandardIndices.SOURCES, StandardIndices.POSTS));
    }

    public String crawlStatus() {
        return alias("crawl-status");
    }

    public String sources() {
        return alias("sources");
    }

    public String posts() {
        return alias("posts");
    }
}
