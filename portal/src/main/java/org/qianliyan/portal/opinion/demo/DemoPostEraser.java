package org.qianliyan.portal.opinion.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.DocumentSink;
import org.qianliyan.portal.crawl.pipeline.PostFields;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sees every crawled document before the posts pipeline does, and on the first one removes the
 * demo posts, so real posts replace them rather than mix with them (or join their stories).
 * After that it only passes documents by. The embedded distribution has no
 * {@code _delete_by_query}: ids are searched page by page and deleted in bulk.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoPostEraser implements DocumentSink {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPostEraser.class);
    private static final int PAGE = 1_000;

    private final ElasticsearchClient client;
    private final String posts;
    private volatile boolean erased;

    DemoPostEraser(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.posts = schema.alias("posts");
    }

    @Override
    public void accept(CrawledDocument document) {
        if (erased) {
            return;
        }
        synchronized (this) {
            if (!erased) {
                long deleted = erase();
                erased = true;
                if (deleted > 0) {
                    LOG.info("First crawled post: removed {} demo posts", deleted);
                }
            }
        }
    }

    private long erase() {
        long deleted = 0;
        try {
            while (true) {
                List<Hit<Void>> hits = client.search(s -> s.index(posts).size(PAGE).source(src -> src.fetch(false))
                        .query(q -> q.term(t -> t.field(PostFields.DEMO).value(true))), Void.class).hits().hits();
                if (hits.isEmpty()) {
                    return deleted;
                }
                List<BulkOperation> deletes = hits.stream()
                        .map(hit -> BulkOperation.of(op -> op.delete(d -> d.index(hit.index()).id(hit.id())))).toList();
                client.bulk(b -> b.operations(deletes).refresh(Refresh.True));
                deleted += deletes.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the demo posts", e);
        }
    }
}
