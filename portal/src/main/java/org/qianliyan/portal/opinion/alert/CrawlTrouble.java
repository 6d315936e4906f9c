package org.qianliyan.portal.opinion.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.crawl.sources.SourceRecord;
import org.qianliyan.portal.crawl.sources.SourceRepository;

/**
 * What the crawl recorded that staff must know: sources flagged for an anti-bot answer (the
 * {@code sources} index) and sources whose fetches failed in a bucket (the {@code FAILED}
 * URLs of the {@code crawl-status} frontier, by the time of their last fetch).
 */
class CrawlTrouble {

    /** A source with many failed fetches in a bucket, with one of its errors. */
    record Failing(String sourceId, long failures, String lastError) {
    }

    private final SourceRepository sources;
    private final ElasticsearchClient client;
    private final String frontierIndex;

    CrawlTrouble(SourceRepository sources, ElasticsearchClient client, String frontierIndex) {
        this.sources = sources;
        this.client = client;
        this.frontierIndex = frontierIndex;
    }

    List<SourceRecord> blocked() {
        return sources.findAll().stream().filter(SourceRecord::blocked).toList();
    }

    List<Failing> failing(Instant from, Instant to, int minFailures) {
        try {
            var response = client.search(s -> s.index(frontierIndex).size(0)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value("url")))
                            .filter(f -> f.term(t -> t.field("status").value("FAILED")))
                            .filter(f -> f.range(r -> r.untyped(u -> u.field("fetched_at")
                                    .gte(JsonData.of(from.toString())).lt(JsonData.of(to.toString())))))))
                    .aggregations("sources", a -> a.terms(t -> t.field("source_id").size(1000).minDocCount(minFailures))
                            .aggregations("errors", e -> e.terms(t -> t.field("last_error").size(1)))),
                    Void.class);
            List<Failing> failing = new ArrayList<>();
            for (StringTermsBucket source : response.aggregations().get("sources").sterms().buckets().array()) {
                List<StringTermsBucket> errors = source.aggregations().get("errors").sterms().buckets().array();
                failing.add(new Failing(source.key().stringValue(), source.docCount(),
                        errors.isEmpty() ? null : errors.get(0).key().stringValue()));
            }
            return failing;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count failed fetches per source", e);
        }
    }
}
