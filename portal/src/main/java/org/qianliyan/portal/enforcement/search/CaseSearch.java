package org.qianliyan.portal.enforcement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.qianliyan.portal.elasticsearch.DocumentIds;
import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.store.CaseDocuments;
import org.qianliyan.portal.enforcement.store.CaseFields;

/**
 * Reads cases for the list, the case page, the plant page, the API and CSV export.
 * Text search is a phrase match on the standard-analysed fields, one token per CJK
 * character, so 光大 finds names that contain exactly 光大 (docs/design-notes.md, Elasticsearch).
 */
public class CaseSearch {

    /** The most rows a CSV export holds; beyond it the reader is told to narrow the filters. */
    public static final int EXPORT_LIMIT = 10_000;
    private static final int EXPORT_PAGE = 1_000;

    private final ElasticsearchClient client;
    private final String index;

    public CaseSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public CasePage search(CaseQuery query) {
        try {
            SearchResponse<ObjectNode> response = client.search(s -> {
                s.index(index).query(query(query)).from(query.page() * query.size()).size(query.size())
                        .trackTotalHits(t -> t.enabled(true)).sort(sort(query.sort()));
                for (CaseFacet facet : CaseFacet.values()) {
                    s.aggregations(facet.parameter(), a -> a.terms(t -> t.field(facet.field()).size(facet.size())));
                }
                return s;
            }, ObjectNode.class);
            Map<CaseFacet, List<FacetBucket>> facets = new EnumMap<>(CaseFacet.class);
            for (CaseFacet facet : CaseFacet.values()) {
                List<FacetBucket> buckets = buckets(response.aggregations().get(facet.parameter()));
                facets.put(facet, facet == CaseFacet.PROVINCE ? byFullName(buckets) : buckets);
            }
            return new CasePage(response.hits().total().value(), cases(response), facets);
        } catch (IOException e) {
            throw new UncheckedIOException("searching cases failed", e);
        }
    }

    public Optional<EnforcementCase> byId(String id) {
        if (!DocumentIds.plausible(id)) {
            return Optional.empty();
        }
        try {
            var response = client.get(g -> g.index(index).id(id), ObjectNode.class);
            return response.found() ? Optional.of(CaseDocuments.fromDocument(response.source())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading case " + id + " failed", e);
        }
    }

    /** Every case matching {@code query} in its order, up to {@link #EXPORT_LIMIT}; returns how many. */
    public long export(CaseQuery query, Consumer<EnforcementCase> sink) {
        long exported = 0;
        List<FieldValue> after = List.of();
        try {
            while (exported < EXPORT_LIMIT) {
                List<FieldValue> searchAfter = after;
                SearchResponse<ObjectNode> response = client.search(s -> {
                    s.index(index).query(query(query)).size(EXPORT_PAGE).sort(sort(query.sort()));
                    if (!searchAfter.isEmpty()) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, ObjectNode.class);
                List<Hit<ObjectNode>> hits = response.hits().hits();
                for (Hit<ObjectNode> hit : hits) {
                    if (exported++ < EXPORT_LIMIT) {
                        sink.accept(CaseDocuments.fromDocument(hit.source()));
                    }
                }
                if (hits.size() < EXPORT_PAGE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            return Math.min(exported, EXPORT_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException("exporting cases failed", e);
        }
    }

    public long count() {
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                return 0;
            }
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("counting cases failed", e);
        }
    }

    static Query query(CaseQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        query.filters().forEach((facet, value) -> {
            if (facet == CaseFacet.PROVINCE) {
                // Cases stored before names were normalised may hold 广东 for 广东省.
                List<FieldValue> spellings = RegionNames.provinceSpellings(value).stream().map(FieldValue::of).toList();
                bool.filter(f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(spellings))));
            } else {
                bool.filter(f -> f.term(t -> t.field(facet.field()).value(value)));
            }
        });
        if (!query.facilityId().isEmpty()) {
            bool.filter(f -> f.term(t -> t.field(CaseFields.FACILITY_ID).value(query.facilityId())));
        }
        if (!query.text().isEmpty()) {
            bool.must(m -> m.multiMatch(mm -> mm.query(query.text()).type(TextQueryType.Phrase)
                    .fields(CaseFields.PARTY_NAME, CaseFields.DECISION_NUMBER + ".text",
                            CaseFields.VIOLATION_TYPE + ".text", CaseFields.VIOLATION_FACTS,
                            CaseFields.AUTHORITY + ".text", CaseFields.PENALTY_CONTENT)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static List<SortOptions> sort(CaseSort sort) {
        List<SortOptions> options = new ArrayList<>();
        switch (sort) {
            case DATE_DESC -> options.add(field(CaseFields.DECISION_DATE, SortOrder.Desc));
            case DATE_ASC -> options.add(field(CaseFields.DECISION_DATE, SortOrder.Asc));
            case AMOUNT_DESC -> options.add(field(CaseFields.PENALTY_YUAN, SortOrder.Desc));
            case AMOUNT_ASC -> options.add(field(CaseFields.PENALTY_YUAN, SortOrder.Asc));
        }
        // The id breaks ties so pages and exports are stable.
        options.add(field(CaseFields.ID, SortOrder.Asc));
        return options;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order).missing("_last")));
    }

    private static List<EnforcementCase> cases(SearchResponse<ObjectNode> response) {
        return response.hits().hits().stream().map(hit -> CaseDocuments.fromDocument(hit.source())).toList();
    }

    /** One bucket per province: 广东 (stored before normalisation) counts under 广东省. */
    static List<FacetBucket> byFullName(List<FacetBucket> buckets) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (FacetBucket bucket : buckets) {
            counts.merge(RegionNames.province(bucket.value()), bucket.count(), Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetBucket(e.getKey(), e.getValue())).toList();
    }

    private static List<FacetBucket> buckets(Aggregate aggregate) {
        if (aggregate == null) {
            return List.of();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(b -> new FacetBucket(String.valueOf(b.key()), b.docCount())).toList();
        }
        return aggregate.sterms().buckets().array().stream()
                .filter(b -> !b.key().stringValue().isBlank())
                .map(b -> new FacetBucket(b.key().stringValue(), b.docCount())).toList();
    }
}
