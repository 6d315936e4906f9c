package org.qianliyan.portal.crawl.frontier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.json.JsonData;
import org.qianliyan.crawler.frontier.CrawlStatus;

/** Failed fetches per source: the {@code FAILED} URLs of the frontier, by the time of their last fetch. */
public final class FailedFetches {

    /** A source whose fetches failed, how many times, and one of its errors. */
    public record SourceFailures(String sourceId, long failures, String lastError) {
    }

    private final ElasticsearchClient client;
    private final String frontierIndex;

    public FailedFetches(ElasticsearchClient client, String frontierIndex) {
        this.client = client;
        this.frontierIndex = frontierIndex;
    }

    /** The sources with at least {@code minFailures} URLs that failed when last fetched in [from, to). */
    public List<SourceFailures> perSource(Instant from, Instant to, int minFailures) {
        try {
            var response = client.search(s -> s.index(frontierIndex).size(0)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field(FrontierDocument.KIND).value(FrontierDocument.URL_KIND)))
                            .filter(f -> f.term(t -> t.field(FrontierDocument.STATUS).value(CrawlStatus.FAILED.name())))
                            .filter(f -> f.range(r -> r.untyped(u -> u.field(FrontierDocument.FETCHED_AT)
                                    .gte(JsonData.of(from.toString())).lt(JsonData.of(to.toString())))))))
                    .aggregations("sources", a -> a.terms(t -> t.field(FrontierDocument.SOURCE_ID).size(1000)
                                    .minDocCount(minFailures))
                            .aggregations("errors", e -> e.terms(t -> t.field(FrontierDocument.LAST_ERROR).size(1)))),
                    Void.class);
            List<SourceFailures> failing = new ArrayList<>();
            for (StringTermsBucket source : response.aggregations().get("sources").sterms().buckets().array()) {
                List<StringTermsBucket> errors = source.aggregations().get("errors").sterms().buckets().array();
                failing.add(new SourceFailures(source.key().stringValue(), source.docCount(),
                        errors.isEmpty() ? null : errors.get(0).key().stringValue()));
            }
            return failing;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count failed fetches per source", e);
        }
    }
}
