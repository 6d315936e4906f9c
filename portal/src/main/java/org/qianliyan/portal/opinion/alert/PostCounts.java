package org.qianliyan.portal.opinion.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.qianliyan.portal.opinion.intake.PostFields;

/**
 * Post counts per subject and bucket from the {@code posts} index, by publication time: one
 * terms aggregation over the subject field (the busiest subjects first) with a date histogram
 * under it.
 */
class PostCounts {

    private final ElasticsearchClient client;
    private final String index;

    PostCounts(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @param field       {@code topics}, {@code facility_ids} or {@code provinces}
     * @param onlyNegative count only negative posts
     * @param window      the buckets
     * @param maxSubjects the busiest subjects to return
     * @return a series of {@code window.length()} counts per subject
     */
    Map<String, long[]> perSubject(String field, boolean onlyNegative, BucketWindow window, int maxSubjects) {
        Query range = Query.of(q -> q.range(r -> r.untyped(u -> u.field(PostFields.PUBLISHED_AT)
                .gte(JsonData.of(window.start().toString())).lt(JsonData.of(window.end().toString())))));
        Query query = onlyNegative
                ? Query.of(q -> q.bool(b -> b.filter(range).filter(f -> f.term(t -> t.field(PostFields.SENTIMENT).value("NEGATIVE")))))
                : Query.of(q -> q.bool(b -> b.filter(range)));
        long width = window.bucket().toMillis();
        long offset = Math.floorMod(window.start().toEpochMilli(), width);
        try {
            var response = client.search(s -> s.index(index).size(0).query(query)
                    .aggregations("subjects", a -> a.terms(t -> t.field(field).size(maxSubjects))
                            .aggregations("buckets", h -> h.dateHistogram(d -> d.field(PostFields.PUBLISHED_AT)
                                    .fixedInterval(i -> i.time(width + "ms")).offset(o -> o.time(offset + "ms")).minDocCount(1)))),
                    Void.class);
            Map<String, long[]> series = new LinkedHashMap<>();
            for (StringTermsBucket subject : response.aggregations().get("subjects").sterms().buckets().array()) {
                long[] counts = new long[window.length()];
                for (DateHistogramBucket b : subject.aggregations().get("buckets").dateHistogram().buckets().array()) {
                    int i = window.indexOf(Instant.ofEpochMilli(b.key()));
                    if (i >= 0) {
                        counts[i] += b.docCount();
                    }
                }
                series.put(subject.key().stringValue(), counts);
            }
            return series;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count posts per " + field, e);
        }
    }
}
