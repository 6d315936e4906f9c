package org.qianliyan.portal.crawl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.qianliyan.crawler.frontier.FrontierStore;
import org.qianliyan.crawler.frontier.FrontierStoreContract;
import org.qianliyan.portal.crawl.frontier.ElasticsearchFrontierStore;

/** The Elasticsearch frontier passes the crawler's frontier contract, two instances and crash takeover included. */
class ElasticsearchFrontierStoreIT extends FrontierStoreContract {

    private final List<CrawlIndices> indices = new ArrayList<>();

    @Override
    protected FrontierStore newStore() {
        CrawlIndices fresh = new CrawlIndices();
        indices.add(fresh);
        return new ElasticsearchFrontierStore(fresh.client(), fresh.crawlStatus());
    }

    @AfterEach
    void deleteIndices() throws IOException {
        for (CrawlIndices i : indices) {
            i.close();
        }
    }
}
