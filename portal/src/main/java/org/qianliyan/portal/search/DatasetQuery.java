package org.qianliyan.portal.search;

import java.time.Year;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.search.syntax.SearchExpression;

/**
 * The whole query of one dataset: the parsed expression, the facet filters, and the line
 * between public and staff (DESIGN §8: the public reads articles of institutional sources;
 * individual social posts only as a count).
 */
final class DatasetQuery {

    /** Source kinds that publish as institutions: sites, feeds, WeChat official accounts, government disclosures. */
    static final List<String> INSTITUTIONAL_KINDS = List.of("SITE", "RSS", "WECHAT", "GOV_DISCLOSURE");

    private final SearchQueries queries;

    DatasetQuery(SearchQueries queries) {
        this.queries = queries;
    }

    /** Whether a dataset can match at all: it must have the field of every facet filtered on. */
    static boolean applies(SearchHit.Kind kind, SearchParameters parameters, boolean staff) {
        return parameters.dataset().map(kind::equals).orElse(true)
                && parameters.filters().keySet().stream().filter(facet -> staff || !facet.staffOnly())
                        .allMatch(facet -> facet.field(kind).isPresent());
    }

    /** What {@code kind} matches for this caller, facet filters included; for posts only institutional ones unless staff. */
    Query query(SearchHit.Kind kind, SearchExpression expression, SearchParameters parameters, boolean staff) {
        return query(kind, expression, List.copyOf(facetFilters(kind, parameters, staff).values()),
                staff ? Audience.STAFF : Audience.PUBLIC);
    }

    /**
     * The same without the facet filters, for a page that applies them as a post filter so that each
     * facet can be counted under the other facets' filters only (choosing 浙江省 still shows 江苏省's count).
     */
    Query withoutFacetFilters(SearchHit.Kind kind, SearchExpression expression, boolean staff) {
        return query(kind, expression, List.of(), staff ? Audience.STAFF : Audience.PUBLIC);
    }

    /** Posts of individual social accounts matching the search: counted for the public, never listed. */
    Query socialPosts(SearchExpression expression, SearchParameters parameters) {
        return query(SearchHit.Kind.POST, expression, List.copyOf(facetFilters(SearchHit.Kind.POST, parameters, false).values()),
                Audience.SOCIAL_COUNT);
    }

    /** The filter of each facet chosen, for {@code kind}; staff-only facets only for staff. */
    static Map<SearchFacet, Query> facetFilters(SearchHit.Kind kind, SearchParameters parameters, boolean staff) {
        Map<SearchFacet, Query> filters = new EnumMap<>(SearchFacet.class);
        parameters.filters().forEach((facet, values) -> {
            if (staff || !facet.staffOnly()) {
                filters.put(facet, filter(facet, kind, values));
            }
        });
        return filters;
    }

    private enum Audience { PUBLIC, STAFF, SOCIAL_COUNT }

    private Query query(SearchHit.Kind kind, SearchExpression expression, List<Query> filters, Audience audience) {
        Query matching = queries.toQuery(expression, DatasetFields.of(kind));
        if (kind == SearchHit.Kind.POST && audience != Audience.STAFF) {
            Query institutional = Query.of(q -> q.terms(t -> t.field(PostFields.KIND)
                    .terms(v -> v.value(INSTITUTIONAL_KINDS.stream().map(FieldValue::of).toList()))));
            return Query.of(q -> q.bool(b -> {
                b.must(matching).filter(filters);
                return audience == Audience.PUBLIC ? b.filter(institutional) : b.mustNot(institutional);
            }));
        }
        return Query.of(q -> q.bool(b -> b.must(matching).filter(filters)));
    }

    private static Query filter(SearchFacet facet, SearchHit.Kind kind, List<String> values) {
        Optional<String> field = facet.field(kind);
        if (field.isEmpty()) {
            return SearchQueries.matchNone();
        }
        if (facet == SearchFacet.YEAR) {
            return SearchQueries.anyOf(values.stream().map(value -> yearRange(field.get(), value)).toList());
        }
        Set<String> spellings = new LinkedHashSet<>(values);
        for (String value : values) {
            if (facet == SearchFacet.PROVINCE) {
                spellings.addAll(RegionNames.provinceSpellings(value));
            } else if (facet == SearchFacet.CITY) {
                spellings.addAll(RegionNames.citySpellings("", value));
            } else if (facet == SearchFacet.VERDICT) {
                spellings.add(VerdictNames.stored(value));
            }
        }
        return Query.of(q -> q.terms(t -> t.field(field.get())
                .terms(v -> v.value(spellings.stream().map(FieldValue::of).toList()))));
    }

    private static Query yearRange(String field, String value) {
        int year;
        try {
            year = Year.parse(value).getValue();
        } catch (RuntimeException e) {
            throw new InvalidSearchException("parameter 'year' must be a year like 2023, got '" + value + "'");
        }
        return Query.of(q -> q.range(r -> r.untyped(u -> u.field(field).gte(JsonData.of(year + "-01-01"))
                .lt(JsonData.of((year + 1) + "-01-01")).format("strict_date"))));
    }
}
