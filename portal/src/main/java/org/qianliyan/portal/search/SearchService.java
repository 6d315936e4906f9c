package org.qianliyan.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.qianliyan.nlp.TextAnalyzer;
import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Searches plants, enforcement cases and articles together (docs/design-notes.md, Elasticsearch): an exact phrase on
 * the raw text (one token per character, so names and places match as written) ranks
 * first, and the words our HanLP analysis finds in the query give recall on the
 * segmented fields. The public sees articles from institutional sources only (news,
 * government, official accounts); individual social posts are for staff (docs/design-notes.md, Privacy and safety).
 */
@Service
public class SearchService {

    /** Longest accepted query, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    private static final List<String> INSTITUTIONAL_KINDS = List.of("SITE", "RSS", "WECHAT", "GOV_DISCLOSURE");

    private final ElasticsearchClient client;
    private final IndexSchema schema;
    private final ObjectProvider<TextAnalyzer> analyzer;

    SearchService(ElasticsearchClient client, IndexSchema schema, ObjectProvider<TextAnalyzer> analyzer) {
        this.client = client;
        this.schema = schema;
        this.analyzer = analyzer;
    }

    /**
     * @param query         the visitor's words; must be non-blank and at most {@value #MAX_QUERY_LENGTH} characters
     * @param perKind       hits returned from each dataset
     * @param includeSocial whether individual social posts are included (staff only)
     */
    public SearchResults search(String query, int perKind, boolean includeSocial) {
        String words = String.join(" ", analyzer.getObject().segmentForIndex(query));
        Map<SearchHit.Kind, Long> totals = new EnumMap<>(SearchHit.Kind.class);
        List<SearchHit> hits = new ArrayList<>();
        search(SearchHit.Kind.FACILITY, "facilities", facilityQuery(query, words), perKind, totals, hits);
        search(SearchHit.Kind.CASE, "cases", caseQuery(query, words), perKind, totals, hits);
        search(SearchHit.Kind.POST, "posts", postQuery(query, words, includeSocial), perKind, totals, hits);
        return new SearchResults(query, totals, hits);
    }

    @SuppressWarnings("rawtypes")
    private void search(SearchHit.Kind kind, String index, Query query, int size,
                        Map<SearchHit.Kind, Long> totals, List<SearchHit> hits) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(schema.alias(index)).query(query).size(size)
                    .trackTotalHits(t -> t.enabled(true)), Map.class);
            totals.put(kind, response.hits().total() == null ? 0 : response.hits().total().value());
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(SearchHitMapper.toHit(kind, hit.id(), hit.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search in " + index + " failed", e);
        }
    }

    private static Query facilityQuery(String query, String words) {
        return anyOf(
                phrase("name", query, 5), phrase("address", query, 2), phrase("credit_code", query, 5),
                anyTerm("province", RegionNames.provinceSpellings(query)),
                anyTerm("city", RegionNames.citySpellings("", query)), term("county", query), term("operator_group", query),
                wordsMatch("name_words", words));
    }

    private static Query caseQuery(String query, String words) {
        return anyOf(
                phrase("partyName", query, 5), phrase("decisionNumber.text", query, 4), term("creditCode", query),
                phrase("violationFacts", query, 2), phrase("penaltyContent", query, 1), phrase("legalBasis", query, 1),
                anyTerm("province", RegionNames.provinceSpellings(query)), term("authority", query));
    }

    private static Query postQuery(String query, String words, boolean includeSocial) {
        Query matching = anyOf(phrase("title", query, 4), phrase("text", query, 2),
                wordsMatch("title_words", words), wordsMatch("text_words", words));
        if (includeSocial) {
            return matching;
        }
        return Query.of(q -> q.bool(b -> b.must(matching).filter(f -> f.terms(t -> t.field("kind")
                .terms(v -> v.value(INSTITUTIONAL_KINDS.stream().map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList()))))));
    }

    private static Query anyOf(Query... queries) {
        return Query.of(q -> q.bool(b -> b.should(List.of(queries)).minimumShouldMatch("1")));
    }

    private static Query phrase(String field, String text, float boost) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text).boost(boost)));
    }

    private static Query term(String field, String text) {
        return Query.of(q -> q.term(t -> t.field(field).value(text).boost(3f)));
    }

    /** Region fields: 广东 finds 广东省, and records stored before names were normalised. */
    private static Query anyTerm(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).boost(3f).terms(v -> v.value(
                values.stream().map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList()))));
    }

    private static Query wordsMatch(String field, String words) {
        return Query.of(q -> q.match(m -> m.field(field).query(words.isBlank() ? "\u0000" : words)
                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)));
    }
}
