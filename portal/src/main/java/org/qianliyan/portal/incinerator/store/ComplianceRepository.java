package org.qianliyan.portal.incinerator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/** Stored verdicts and daily means: per-plant counts over a period, and one plant's days. */
public class ComplianceRepository {

    /** A year of one plant: 366 days x a few outlets x 5 pollutants stays below this. */
    private static final int MAX_DOCS = 10_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;

    public ComplianceRepository(ElasticsearchClient client, IndexSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    /** The last day any verdict was stored for, if any. */
    public Optional<LocalDate> latestDay() {
        try {
            var response = client.search(s -> s.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS)).size(0)
                    .aggregations("latest", a -> a.max(m -> m.field("date"))), Void.class);
            if (response.hits().total() == null || response.hits().total().value() == 0) {
                return Optional.empty();
            }
            double millis = response.aggregations().get("latest").max().value();
            return Optional.of(Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the latest verdict day", e);
        }
    }

    /** Days of each verdict per plant within the period. */
    public Map<String, Map<Verdict, Long>> verdictCounts(Period period) {
        try {
            var response = client.search(s -> s.index(schema.alias(IncineratorIndices.COMPLIANCE_DAYS)).size(0)
                    .query(inPeriod(period))
                    .aggregations("plants", a -> a.terms(t -> t.field("facility_id").size(MAX_DOCS))
                            .aggregations("verdicts", v -> v.terms(t -> t.field("verdict").size(10)))), Void.class);
            Map<String, Map<Verdict, Long>> counts = new HashMap<>();
            for (var plant : response.aggregations().get("plants").sterms().buckets().array()) {
                Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
                for (var verdict : plant.aggregations().get("verdicts").sterms().buckets().array()) {
                    verdicts.put(Verdict.valueOf(verdict.key().stringValue()), verdict.docCount());
                }
                counts.put(plant.key().stringValue(), verdicts);
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count verdicts", e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<FacilityDay> days(String facilityId, Period period) {
        List<FacilityDay> days = new ArrayList<>();
        for (Hit<Map> hit : search(IncineratorIndices.COMPLIANCE_DAYS, facilityId, period)) {
            Map<String, Object> source = hit.source();
            days.add(new FacilityDay(facilityId, LocalDate.parse((String) source.get("date")),
                    (String) source.get("point_id"), (String) source.get("point_name"),
                    Verdict.valueOf((String) source.get("verdict")), IncineratorDocuments.reasons(source)));
        }
        return days;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<MeasuredMean> means(String facilityId, Period period) {
        List<MeasuredMean> means = new ArrayList<>();
        for (Hit<Map> hit : search(IncineratorIndices.MONITORING_DAYS, facilityId, period)) {
            Map<String, Object> s = hit.source();
            means.add(new MeasuredMean(LocalDate.parse((String) s.get("date")), (String) s.get("point_id"),
                    Pollutant.valueOf((String) s.get("pollutant")), number(s.get("value")), number(s.get("limit")),
                    (String) s.get("limit_source"), (String) s.get("remark"), Verdict.valueOf((String) s.get("verdict"))));
        }
        // The search sorts by day and outlet only; within an outlet-day the pollutants come in the order of the
        // standard, not in whatever order the import's batches happened to be indexed.
        means.sort(Comparator.comparing(MeasuredMean::date).thenComparing(MeasuredMean::pointId)
                .thenComparing(MeasuredMean::pollutant));
        return means;
    }

    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> search(String index, String facilityId, Period period) {
        try {
            return client.search(s -> s.index(schema.alias(index)).size(MAX_DOCS)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("facility_id").value(facilityId)))
                            .filter(inPeriod(period))))
                    .sort(o -> o.field(f -> f.field("date").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("point_id").order(SortOrder.Asc))), Map.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index + " of " + facilityId, e);
        }
    }

    private static Query inPeriod(Period period) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field("date").gte(period.from().toString())
                .lte(period.to().toString()))));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
