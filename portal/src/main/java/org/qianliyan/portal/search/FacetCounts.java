package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The aggregations each dataset is asked for, and the facets they add up to: a province
 * counts its plants, cases and articles together; {@code dataset} is the per-dataset totals.
 */
final class FacetCounts {

    static final String DATASET = "dataset";
    private static final String VALUES = "values";

    private FacetCounts() {
    }

    /**
     * One aggregation per facet the dataset has, each under the filters of the other facets only
     * (the page applies all of them as a post filter), so a facet's values stay selectable.
     */
    static Map<String, Aggregation> aggregations(SearchHit.Kind kind, boolean staff, Map<SearchFacet, Query> filters) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            if (facet.staffOnly() && !staff) {
                continue;
            }
            facet.field(kind).ifPresent(field -> {
                List<Query> others = filters.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
                Aggregation values = facet == SearchFacet.YEAR
                        ? Aggregation.of(a -> a.dateHistogram(h -> h.field(field).calendarInterval(CalendarInterval.Year)
                                .format("yyyy").minDocCount(1)))
                        : Aggregation.of(a -> a.terms(t -> t.field(field).size(SearchFacet.BUCKETS)));
                aggregations.put(facet.parameter(), Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(others)))
                        .aggregations(VALUES, values)));
            });
        }
        return aggregations;
    }

    static Map<String, List<FacetCount>> merge(Map<SearchHit.Kind, Long> totals,
                                                Map<SearchHit.Kind, Map<String, Aggregate>> byKind, boolean staff) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        List<FacetCount> datasets = new ArrayList<>();
        totals.forEach((kind, count) -> datasets.add(new FacetCount(kind.name().toLowerCase(Locale.ROOT), count)));
        facets.put(DATASET, datasets);
        for (SearchFacet facet : SearchFacet.values()) {
            if (facet.staffOnly() && !staff) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            byKind.values().forEach(aggregates -> add(aggregates.get(facet.parameter()), counts));
            Comparator<FacetCount> order = facet == SearchFacet.YEAR
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
            facets.put(facet.parameter(), counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .sorted(order).limit(SearchFacet.BUCKETS).toList());
        }
        return facets;
    }

    private static void add(Aggregate aggregate, Map<String, Long> counts) {
        if (aggregate == null) {
            return;
        }
        if (aggregate.isFilter()) {
            add(aggregate.filter().aggregations().get(VALUES), counts);
            return;
        }
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(b -> counts.merge(b.key().stringValue(), b.docCount(), Long::sum));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(b -> counts.merge(String.valueOf(b.key()), b.docCount(), Long::sum));
        } else if (aggregate.isDateHistogram()) {
            aggregate.dateHistogram().buckets().array().forEach(b -> counts.merge(
                    b.keyAsString() == null ? String.valueOf(b.key()) : b.keyAsString(), b.docCount(), Long::sum));
        }
    }
}
