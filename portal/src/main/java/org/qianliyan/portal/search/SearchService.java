package org.qianliyan.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.search.syntax.QueryParser;
import org.qianliyan.portal.search.syntax.SearchExpression;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Searches plants, enforcement cases and articles in one {@code _msearch} round trip: the
 * query is parsed by our {@link QueryParser} and built per dataset, each dataset returns one
 * page after its cursor position with its facet counts and highlights, and the pages are
 * merged into one ranked list (docs/search.md). The public sees articles from institutional
 * sources and only a count of individual social posts (DESIGN §8); staff see everything.
 */
@Service
public class SearchService {

    /** Elasticsearch stops collecting after this and answers with what it has (flagged as timed out). */
    static final String TIMEOUT = "5s";
    private static final int FRAGMENT_SIZE = 120;
    private static final int FRAGMENTS = 2;
    private static final int MAX_ANALYZED_OFFSET = 200_000;

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final DatasetQuery datasetQuery;
    private final PlantNames plantNames;

    public SearchService(ElasticsearchClient client, IndexSchema schema, ObjectProvider<TextAnalyzer> analyzer) {
        this.client = client;
        this.schema = schema;
        // Resolved on first use (HanLP loads lazily), then kept rather than looked up in the bean factory for every word.
        Supplier<TextAnalyzer> segmenter = SingletonSupplier.of(analyzer::getObject);
        this.datasetQuery = new DatasetQuery(new SearchQueries(text -> segmenter.get().segmentForIndex(text)));
        this.plantNames = new PlantNames(client, schema);
    }

    /**
     * One page of a search.
     *
     * @throws org.qianliyan.portal.search.syntax.QuerySyntaxException for a query that does not parse or is beyond the limits
     * @throws InvalidSearchException                                   for a bad cursor or filter value
     */
    public SearchPage search(SearchParameters parameters, boolean staff) {
        return search(parameters, QueryParser.parse(parameters.query()), staff);
    }

    /** A page of an expression built in code rather than typed ({@link FacilityCoverage}); {@code parameters.query()} is only echoed. */
    SearchPage search(SearchParameters parameters, SearchExpression expression, boolean staff) {
        Plan plan = plan(parameters, expression, staff);
        if (plan.kinds().isEmpty()) {
            return new SearchPage(parameters.query(), Map.of(), List.of(), FacetCounts.merge(Map.of(), Map.of(), staff),
                    null, staff ? null : 0L, false);
        }
        MsearchResponse<Map> response = execute(plan.request());
        return collect(parameters, staff, plan, response.responses());
    }

    /**
     * The {@code _msearch} that {@link #search} sends for these parameters (for the benchmark that sends it raw),
     * or empty when no dataset can match.
     */
    public Optional<MsearchRequest> request(SearchParameters parameters, boolean staff) {
        Plan plan = plan(parameters, QueryParser.parse(parameters.query()), staff);
        return plan.kinds().isEmpty() ? Optional.empty() : Optional.of(plan.request());
    }

    /** The datasets searched, in the order of the request's searches, then the social count if any. */
    private record Plan(SearchCursor cursor, List<SearchHit.Kind> kinds, boolean countSocial, MsearchRequest request) {
    }

    private Plan plan(SearchParameters parameters, SearchExpression expression, boolean staff) {
        SearchCursor cursor = SearchCursor.decode(parameters.cursor(), parameters.sort());
        List<SearchHit.Kind> kinds = List.of(SearchHit.Kind.values()).stream()
                .filter(kind -> DatasetQuery.applies(kind, parameters, staff)).toList();
        boolean countSocial = !staff && kinds.contains(SearchHit.Kind.POST);
        if (kinds.isEmpty()) {
            return new Plan(cursor, kinds, false, null);
        }
        MsearchRequest.Builder request = new MsearchRequest.Builder();
        for (SearchHit.Kind kind : kinds) {
            request.searches(s -> s.header(h -> h.index(schema.alias(DatasetFields.of(kind).alias())))
                    .body(page(kind, expression, parameters, cursor, staff)));
        }
        if (countSocial) {
            request.searches(s -> s.header(h -> h.index(schema.alias(DatasetFields.of(SearchHit.Kind.POST).alias())))
                    .body(b -> b.query(datasetQuery.socialPosts(expression, parameters)).size(0).timeout(TIMEOUT)
                            .trackTotalHits(t -> t.enabled(true))));
        }
        return new Plan(cursor, kinds, countSocial, request.build());
    }

    /** The first page of a query with default parameters, for the public ({@code staff=false}) or staff. */
    public SearchPage search(String query, int size, boolean staff) {
        return search(new SearchParameters(query, Optional.empty(), Map.of(), SearchSort.RELEVANCE, "", size), staff);
    }

    private MultisearchBody page(SearchHit.Kind kind, SearchExpression expression, SearchParameters parameters,
                                 SearchCursor cursor, boolean staff) {
        DatasetFields fields = DatasetFields.of(kind);
        Map<SearchFacet, Query> facetFilters = DatasetQuery.facetFilters(kind, parameters, staff);
        return MultisearchBody.of(b -> {
            b.query(datasetQuery.withoutFacetFilters(kind, expression, staff))
                    .postFilter(pf -> pf.bool(f -> f.filter(List.copyOf(facetFilters.values()))))
                    .size(parameters.size() + 1)
                    .sort(DatasetOrder.sort(parameters.sort(), kind))
                    .trackTotalHits(t -> t.enabled(true))
                    .timeout(TIMEOUT)
                    .aggregations(FacetCounts.aggregations(kind, staff, facetFilters))
                    .highlight(h -> {
                        h.preTags(Highlights.START).postTags(Highlights.END).requireFieldMatch(false)
                                .fragmentSize(FRAGMENT_SIZE).numberOfFragments(FRAGMENTS).maxAnalyzedOffset(MAX_ANALYZED_OFFSET);
                        fields.phraseFields().keySet().stream().sorted()
                                .forEach(field -> h.fields(field, HighlightField.of(f -> f)));
                        return h;
                    });
            if (!cursor.after(kind).isEmpty()) {
                b.searchAfter(cursor.after(kind));
            }
            return b;
        });
    }

    @SuppressWarnings("rawtypes")
    private MsearchResponse<Map> execute(MsearchRequest request) {
        try {
            return client.msearch(request, Map.class);
        } catch (IOException e) {
            throw new SearchFailedException("the search could not reach Elasticsearch", e);
        }
    }

    @SuppressWarnings("rawtypes")
    private SearchPage collect(SearchParameters parameters, boolean staff, Plan plan, List<MultiSearchResponseItem<Map>> items) {
        List<SearchHit.Kind> kinds = plan.kinds();
        Map<SearchHit.Kind, Long> totals = new EnumMap<>(SearchHit.Kind.class);
        Map<SearchHit.Kind, List<Hit<Map>>> hits = new EnumMap<>(SearchHit.Kind.class);
        Map<SearchHit.Kind, Map<String, Aggregate>> aggregates = new EnumMap<>(SearchHit.Kind.class);
        boolean timedOut = false;
        for (int i = 0; i < kinds.size(); i++) {
            var result = succeeded(items.get(i));
            totals.put(kinds.get(i), total(result.hits()));
            hits.put(kinds.get(i), result.hits().hits());
            aggregates.put(kinds.get(i), result.aggregations());
            timedOut |= result.timedOut();
        }
        Long socialPosts = staff ? null : plan.countSocial() ? total(succeeded(items.get(kinds.size())).hits()) : 0L;
        ResultMerge.Merged<Map> merged = ResultMerge.merge(hits, parameters.size(), parameters.sort());
        Set<String> linkedPlants = new HashSet<>();
        merged.page().stream().filter(taken -> taken.kind() == SearchHit.Kind.POST)
                .forEach(taken -> linkedPlants.addAll(SearchHitMapper.plantIdsOfPost(taken.hit().source())));
        Map<String, String> names = plantNames.of(linkedPlants);
        List<SearchHit> page = new ArrayList<>();
        for (ResultMerge.Taken<Map> taken : merged.page()) {
            page.add(SearchHitMapper.toHit(taken.kind(), taken.hit().id(), taken.hit().source(), taken.hit().highlight(), names));
        }
        String next = merged.more() ? plan.cursor().advanced(merged.lastTaken()).encode() : null;
        return new SearchPage(parameters.query(), totals, page, FacetCounts.merge(totals, aggregates, staff), next,
                socialPosts, timedOut);
    }

    @SuppressWarnings("rawtypes")
    private static MultiSearchItem<Map> succeeded(MultiSearchResponseItem<Map> item) {
        if (item.isFailure()) {
            String refusal = item.failure().error().toString();
            if (refusal.contains("too_many") || refusal.contains("maxClauseCount")) {
                // A query within our limits whose words still expand beyond the cluster's clause limit.
                throw new InvalidSearchException("查询过于复杂，请减少词语或条件（the query is too complex for the index; use fewer words or conditions）");
            }
            throw new SearchFailedException("Elasticsearch refused the search: " + item.failure().error().reason(), null);
        }
        return item.result();
    }

    private static long total(HitsMetadata<?> hits) {
        return hits.total() == null ? 0 : hits.total().value();
    }
}
