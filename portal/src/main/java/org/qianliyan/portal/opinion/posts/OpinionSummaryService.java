package org.qianliyan.portal.opinion.posts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import org.qianliyan.nlp.hotwords.HotWords;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Bucket;
import org.qianliyan.portal.opinion.posts.OpinionSummary.Count;
import org.qianliyan.portal.opinion.posts.OpinionSummary.FacilityCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Computes an {@link OpinionSummary} in one {@code _msearch} round trip: one search whose
 * aggregations give every figure, and two samples of keywords (the period's newest posts and
 * those of the four periods before it) from which {@link HotWords} ranks the rising words.
 * The dashboard, the summary API and the briefing all ask this service.
 */
@Service
public class OpinionSummaryService {

    /** Posts per sample for hot words: enough for stable document frequencies, small enough to stay fast. */
    static final int KEYWORD_SAMPLE = 500;
    static final int BACKGROUND_PERIODS = 4;
    private static final int HOT_WORDS = 20;
    private static final int TOP = 10;

    private final ElasticsearchClient client;
    private final String index;
    private final HotWords hotWords = new HotWords(2);

    @Autowired
    public OpinionSummaryService(ElasticsearchClient client, IndexSchema schema) {
        this(client, schema.alias("posts"));
    }

    /** @param index the {@code posts} alias or index (the benchmark's own) */
    public OpinionSummaryService(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public OpinionSummary summarize(OpinionFilter filter) {
        MsearchResponse<Map> response;
        try {
            response = client.msearch(request(filter), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compute the opinion summary", e);
        }
        MultiSearchItem<Map> figures = result(response.responses().get(0));
        var hot = hotWords.rising(keywords(result(response.responses().get(1))),
                keywords(result(response.responses().get(2))), HOT_WORDS);
        Map<String, Aggregate> a = figures.aggregations();
        return new OpinionSummary(filter, figures.hits().total() == null ? 0 : figures.hits().total().value(),
                buckets(a.get("timeline"), filter), counts(a.get("sentiments")), counts(a.get("kinds")),
                list(a.get("topics")), hot, list(a.get("provinces")), facilities(a.get("facilities")),
                list(a.get("sources")), list(a.get("accounts")));
    }

    /** The request, for the benchmark that sends the same searches raw. */
    public MsearchRequest request(OpinionFilter filter) {
        return MsearchRequest.of(m -> m.index(index)
                .searches(s -> s.header(h -> h).body(figures(filter)))
                .searches(s -> s.header(h -> h).body(keywordSample(filter)))
                .searches(s -> s.header(h -> h).body(keywordSample(filter.background(BACKGROUND_PERIODS)))));
    }

    private static MultisearchBody figures(OpinionFilter filter) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("timeline", Aggregation.of(a -> a.dateHistogram(h -> h.field(PostFields.PUBLISHED_AT)
                        .calendarInterval(switch (filter.interval()) {
                            case HOUR -> CalendarInterval.Hour;
                            case DAY -> CalendarInterval.Day;
                            case WEEK -> CalendarInterval.Week;
                        })
                        .timeZone(OpinionFilter.ZONE.getId()).minDocCount(0)
                        .extendedBounds(b -> b.min(FieldDateMath.of(d -> d.value((double) filter.from().toEpochMilli())))
                                .max(FieldDateMath.of(d -> d.value((double) filter.to().toEpochMilli() - 1)))))
                .aggregations("sentiments", terms(PostFields.SENTIMENT, 3))
                .aggregations("kinds", terms(PostFields.KIND, TOP))));
        aggs.put("sentiments", terms(PostFields.SENTIMENT, 3));
        aggs.put("kinds", terms(PostFields.KIND, TOP));
        aggs.put("topics", terms(PostFields.TOPICS, TOP));
        aggs.put("provinces", terms(PostFields.PROVINCES, 40));
        aggs.put("sources", terms(PostFields.SOURCE_ID, TOP));
        aggs.put("accounts", terms(PostFields.AUTHOR, TOP));
        aggs.put("facilities", Aggregation.of(a -> a.terms(t -> t.field(PostFields.FACILITY_IDS).size(TOP)
                        .order(List.of(NamedValue.of("negative", SortOrder.Desc), NamedValue.of("_count", SortOrder.Desc))))
                .aggregations("negative", n -> n.filter(q -> q.term(t -> t.field(PostFields.SENTIMENT).value("NEGATIVE"))))
                .aggregations("name", n -> n.topHits(t -> t.size(1)
                        .source(s -> s.filter(f -> f.includes(PostFields.FACILITY_IDS, PostFields.FACILITY_NAMES)))))));
        Query query = PostQueries.of(filter);
        return MultisearchBody.of(b -> b.size(0).trackTotalHits(t -> t.enabled(true)).query(query).aggregations(aggs));
    }

    private static MultisearchBody keywordSample(OpinionFilter filter) {
        return MultisearchBody.of(b -> b.size(KEYWORD_SAMPLE).query(PostQueries.of(filter))
                .sort(s -> s.field(f -> f.field(PostFields.PUBLISHED_AT).order(SortOrder.Desc)))
                .source(s -> s.filter(f -> f.includes(PostFields.KEYWORDS))));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static MultiSearchItem<Map> result(MultiSearchResponseItem<Map> item) {
        if (item.isFailure()) {
            var error = item.failure().error();
            String cause = error.rootCause().isEmpty() ? error.reason() : error.rootCause().get(0).reason();
            throw new IllegalStateException("Opinion summary search failed: " + cause);
        }
        return item.result();
    }

    private static List<List<String>> keywords(MultiSearchItem<Map> sample) {
        List<List<String>> docs = new ArrayList<>();
        for (Hit<Map> hit : sample.hits().hits()) {
            Object words = hit.source() == null ? null : hit.source().get(PostFields.KEYWORDS);
            if (words instanceof Collection<?> c) {
                docs.add(c.stream().map(String::valueOf).toList());
            }
        }
        return docs;
    }

    private static List<Bucket> buckets(Aggregate timeline, OpinionFilter filter) {
        List<Bucket> buckets = new ArrayList<>();
        for (DateHistogramBucket b : timeline.dateHistogram().buckets().array()) {
            Instant start = Instant.ofEpochMilli(b.key());
            if (!start.isBefore(filter.to())) {
                continue;
            }
            buckets.add(new Bucket(OffsetDateTime.ofInstant(start, OpinionFilter.ZONE), b.docCount(),
                    counts(b.aggregations().get("sentiments")), counts(b.aggregations().get("kinds"))));
        }
        return buckets;
    }

    private static Map<String, Long> counts(Aggregate terms) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket b : terms.sterms().buckets().array()) {
            counts.put(b.key().stringValue(), b.docCount());
        }
        return counts;
    }

    private static List<Count> list(Aggregate terms) {
        return terms.sterms().buckets().array().stream().map(b -> new Count(b.key().stringValue(), b.docCount())).toList();
    }

    private static List<FacilityCount> facilities(Aggregate terms) {
        List<FacilityCount> facilities = new ArrayList<>();
        for (StringTermsBucket b : terms.sterms().buckets().array()) {
            String id = b.key().stringValue();
            facilities.add(new FacilityCount(id, nameOf(id, b.aggregations().get("name")), b.docCount(),
                    b.aggregations().get("negative").filter().docCount()));
        }
        return facilities;
    }

    /** The name stored beside the id: the pipeline writes both lists in the same order. */
    private static String nameOf(String id, Aggregate topHit) {
        List<Hit<co.elastic.clients.json.JsonData>> hits = topHit.topHits().hits().hits();
        if (hits.isEmpty() || hits.get(0).source() == null) {
            return id;
        }
        Map<?, ?> source = hits.get(0).source().to(Map.class);
        if (source.get(PostFields.FACILITY_IDS) instanceof List<?> ids
                && source.get(PostFields.FACILITY_NAMES) instanceof List<?> names) {
            int at = ids.indexOf(id);
            if (at >= 0 && at < names.size()) {
                return String.valueOf(names.get(at));
            }
        }
        return id;
    }
}
