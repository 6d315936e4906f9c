package org.qianliyan.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One search as the URL carries it, for the page, the API and the exports alike:
 * {@code q}, {@code dataset}, one parameter per {@link SearchFacet} (repeatable), {@code sort},
 * {@code cursor} and {@code size}.
 *
 * @param query   the query text in the search syntax
 * @param dataset one dataset, or all of them
 * @param filters the facet values chosen, values of one facet or'ed
 * @param sort    the order
 * @param cursor  where the previous page stopped (opaque), or empty for the first page
 * @param size    hits per page
 */
public record SearchParameters(String query, Optional<SearchHit.Kind> dataset, Map<SearchFacet, List<String>> filters,
                               SearchSort sort, String cursor, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_FILTER_VALUES = 20;

    public SearchParameters {
        filters = Map.copyOf(filters);
        cursor = cursor == null ? "" : cursor;
    }

    public static SearchParameters of(String query) {
        return new SearchParameters(query, Optional.empty(), Map.of(), SearchSort.RELEVANCE, "", DEFAULT_SIZE);
    }

    /** Reads the URL's parameters; unknown parameters are ignored, bad values are an {@link InvalidSearchException}. */
    public static SearchParameters fromParameters(Map<String, List<String>> parameters) {
        String query = first(parameters, "q").strip();
        Optional<SearchHit.Kind> dataset = Optional.of(first(parameters, "dataset")).filter(d -> !d.isBlank())
                .map(SearchParameters::dataset);
        Map<SearchFacet, List<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (values.size() > MAX_FILTER_VALUES) {
                throw new InvalidSearchException("parameter '" + facet.parameter() + "' has more than " + MAX_FILTER_VALUES + " values");
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String sortName = first(parameters, "sort");
        SearchSort sort = sortName.isBlank() ? SearchSort.RELEVANCE : SearchSort.ofParameter(sortName)
                .orElseThrow(() -> new InvalidSearchException("parameter 'sort' must be relevance, date or amount, got '" + sortName + "'"));
        String sizeText = first(parameters, "size");
        int size;
        try {
            size = sizeText.isBlank() ? DEFAULT_SIZE : Integer.parseInt(sizeText.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("parameter 'size' must be a number, got '" + sizeText + "'");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("parameter 'size' must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        return new SearchParameters(query, dataset, filters, sort, first(parameters, "cursor").strip(), size);
    }

    /** The same search as URL parameters, in a stable order (for links, the page URL and the feed). */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of(query));
        dataset.ifPresent(kind -> parameters.put("dataset", List.of(kind.name().toLowerCase(Locale.ROOT))));
        for (SearchFacet facet : SearchFacet.values()) {
            if (filters.containsKey(facet)) {
                parameters.put(facet.parameter(), filters.get(facet));
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            parameters.put("sort", List.of(sort.parameter()));
        }
        if (!cursor.isEmpty()) {
            parameters.put("cursor", List.of(cursor));
        }
        if (size != DEFAULT_SIZE) {
            parameters.put("size", List.of(String.valueOf(size)));
        }
        return parameters;
    }

    public SearchParameters withCursor(String next) {
        return new SearchParameters(query, dataset, filters, sort, next, size);
    }

    public SearchParameters withDataset(Optional<SearchHit.Kind> kind) {
        return new SearchParameters(query, kind, filters, sort, "", size);
    }

    public SearchParameters withSort(SearchSort order) {
        return new SearchParameters(query, dataset, filters, order, "", size);
    }

    /** Adds a facet value if absent, removes it if present; back to the first page. */
    public SearchParameters toggled(SearchFacet facet, String value) {
        Map<SearchFacet, List<String>> changed = new EnumMap<>(SearchFacet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, List.copyOf(values));
        }
        return new SearchParameters(query, dataset, changed, sort, "", size);
    }

    private static SearchHit.Kind dataset(String name) {
        try {
            return SearchHit.Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("parameter 'dataset' must be facility, case or post, got '" + name + "'");
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
