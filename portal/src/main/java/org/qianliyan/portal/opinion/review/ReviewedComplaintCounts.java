package org.qianliyan.portal.opinion.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

/**
 * {@link ConfirmedComplaints} from the {@code post-reviews} index: reviews marked as a
 * complaint whose post is (after review) about the facility, by month of publication.
 */
class ReviewedComplaintCounts implements ConfirmedComplaints {

    private final ElasticsearchClient client;
    private final String index;

    ReviewedComplaintCounts(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public List<Month> monthlyFor(String facilityId) {
        try {
            var response = client.search(s -> s.index(index).size(0)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("complaint").value(true)))
                            .filter(f -> f.term(t -> t.field("facility_ids").value(facilityId)))))
                    .aggregations("months", a -> a.dateHistogram(d -> d.field("published_at")
                                    .calendarInterval(CalendarInterval.Month).timeZone("+08:00").format("yyyy-MM").minDocCount(1))
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
            Collections.reverse(months);
            return months;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count confirmed complaints about facility " + facilityId, e);
        }
    }
}
