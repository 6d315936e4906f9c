package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * {@link ConfirmedComplaints} from the {@code post-reviews} index: reviews marked as a
 * complaint whose post is (after review) about the facility, or about any facility, by month of
 * publication in Beijing time.
 */
public class ReviewedComplaintCounts implements ConfirmedComplaints {

    private static final String BEIJING = "+08:00";

    private final ElasticsearchClient client;
    private final String index;

    /** @param index the alias of the {@code post-reviews} index */
    public ReviewedComplaintCounts(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public List<Month> monthlyFor(String facilityId) {
        List<Month> months = monthly(Query.of(q -> q.term(t -> t.field("facility_ids").value(facilityId))), 1);
        Collections.reverse(months);
        return months;
    }

    @Override
    public List<Month> monthlyAcrossPlants(YearMonth first, YearMonth last) {
        Map<String, Month> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month.toString(), new Month(month.toString(), 0, Map.of()));
        }
        Query window = Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("facility_ids")))
                .filter(f -> f.range(r -> r.date(d -> d.field("published_at").timeZone(BEIJING)
                        .gte(first.atDay(1).toString()).lt(last.plusMonths(1).atDay(1).toString()))))));
        monthly(window, 0).forEach(month -> months.replace(month.month(), month));
        return List.copyOf(months.values());
    }

    /** Confirmed complaints matching {@code about}, per month of publication, oldest first. */
    private List<Month> monthly(Query about, int minMonthCount) {
        try {
            var response = client.search(s -> s.index(index).size(0)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("complaint").value(true))).filter(about)))
                    .aggregations("months", a -> a.dateHistogram(d -> d.field("published_at")
                                    .calendarInterval(CalendarInterval.Month).timeZone(BEIJING).format("yyyy-MM")
                                    .minDocCount(minMonthCount))
                            .aggregations("topics", t -> t.terms(x -> x.field("effective_topics").size(20)))),
                    Void.class);
            List<Month> months = new ArrayList<>();
            for (DateHistogramBucket b : response.aggregations().get("months").dateHistogram().buckets().array()) {
                Map<String, Long> topics = new LinkedHashMap<>();
                for (StringTermsBucket t : b.aggregations().get("topics").sterms().buckets().array()) {
                    topics.put(t.key().stringValue(), t.docCount());
                }
                months.add(new Month(b.keyAsString(), b.docCount(), topics));
            }
            return months;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count confirmed complaints", e);
        }
    }
}
