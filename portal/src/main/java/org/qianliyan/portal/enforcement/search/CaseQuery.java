package org.qianliyan.portal.enforcement.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.enforcement.domain.CaseStatus;
import org.qianliyan.portal.enforcement.domain.PenaltyBand;

/**
 * What the list shows: facet selections, a text query, the facility, sort and page. It
 * is read from and written to URL query parameters, the same for the page and the API,
 * so every list state is a link.
 */
public record CaseQuery(Map<CaseFacet, String> filters, String text, String facilityId, CaseSort sort, int page,
                        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: deeper pages need the CSV export or narrower filters. */
    public static final int MAX_WINDOW = 10_000;
    private static final Set<String> OTHER_PARAMETERS = Set.of("q", "facility", "sort", "page", "size");

    public CaseQuery {
        filters = Map.copyOf(filters);
        text = text == null ? "" : text.strip();
        facilityId = facilityId == null ? "" : facilityId.strip();
        if (page < 0) {
            throw new InvalidCaseQueryException("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidCaseQueryException("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if (((long) page + 1) * size > MAX_WINDOW) {
            throw new InvalidCaseQueryException("page " + page + " is beyond the first " + MAX_WINDOW
                    + " cases; narrow the filters or download the CSV");
        }
    }

    public static CaseQuery all() {
        return new CaseQuery(Map.of(), "", "", CaseSort.DATE_DESC, 0, DEFAULT_SIZE);
    }

    /** Parses query parameters; unknown parameters and bad values are errors naming them. */
    public static CaseQuery fromParameters(Map<String, List<String>> parameters) {
        Map<CaseFacet, String> filters = new EnumMap<>(CaseFacet.class);
        for (var entry : parameters.entrySet()) {
            String value = entry.getValue().isEmpty() ? "" : entry.getValue().get(0);
            CaseFacet facet = facet(entry.getKey());
            if (facet != null) {
                if (!value.isBlank()) {
                    filters.put(facet, validated(facet, value.strip()));
                }
            } else if (!OTHER_PARAMETERS.contains(entry.getKey())) {
                throw new InvalidCaseQueryException("unknown parameter '" + entry.getKey() + "'");
            }
        }
        return new CaseQuery(filters, first(parameters, "q"), first(parameters, "facility"),
                first(parameters, "sort").isBlank() ? CaseSort.DATE_DESC : CaseSort.fromParameter(first(parameters, "sort")),
                integer(parameters, "page", 0), integer(parameters, "size", DEFAULT_SIZE));
    }

    /** The parameters that reproduce this query, defaults left out. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parameters.put(e.getKey().parameter(), e.getValue()));
        if (!text.isEmpty()) {
            parameters.put("q", text);
        }
        if (!facilityId.isEmpty()) {
            parameters.put("facility", facilityId);
        }
        if (sort != CaseSort.DATE_DESC) {
            parameters.put("sort", sort.parameter());
        }
        if (page > 0) {
            parameters.put("page", String.valueOf(page));
        }
        if (size != DEFAULT_SIZE) {
            parameters.put("size", String.valueOf(size));
        }
        return parameters;
    }

    public CaseQuery withFilter(CaseFacet facet, String value) {
        Map<CaseFacet, String> changed = new EnumMap<>(CaseFacet.class);
        changed.putAll(filters);
        if (value == null || value.isBlank()) {
            changed.remove(facet);
        } else {
            changed.put(facet, value);
        }
        return new CaseQuery(changed, text, facilityId, sort, 0, size);
    }

    public CaseQuery withText(String newText) {
        return new CaseQuery(filters, newText, facilityId, sort, 0, size);
    }

    public CaseQuery withSort(CaseSort newSort) {
        return new CaseQuery(filters, text, facilityId, newSort, 0, size);
    }

    public CaseQuery withPage(int newPage) {
        return new CaseQuery(filters, text, facilityId, sort, newPage, size);
    }

    public CaseQuery forFacility(String id) {
        return new CaseQuery(filters, text, id, sort, 0, size);
    }

    private static CaseFacet facet(String parameter) {
        for (CaseFacet facet : CaseFacet.values()) {
            if (facet.parameter().equals(parameter)) {
                return facet;
            }
        }
        return null;
    }

    private static String validated(CaseFacet facet, String value) {
        try {
            switch (facet) {
                case YEAR -> Integer.parseInt(value);
                case BAND -> PenaltyBand.valueOf(value);
                case STATUS -> CaseStatus.valueOf(value);
                case PROVINCE -> {
                    return RegionNames.province(value);
                }
                default -> { }
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseQueryException("parameter '" + facet.parameter() + "' cannot be '" + value + "'"
                    + allowed(facet));
        }
    }

    private static String allowed(CaseFacet facet) {
        List<String> names = new ArrayList<>();
        if (facet == CaseFacet.BAND) {
            for (PenaltyBand band : PenaltyBand.values()) {
                names.add(band.name());
            }
        } else if (facet == CaseFacet.STATUS) {
            for (CaseStatus status : CaseStatus.values()) {
                names.add(status.name());
            }
        } else {
            return " (expected a year such as 2023)";
        }
        return " (expected one of " + String.join(", ", names) + ")";
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static int integer(Map<String, List<String>> parameters, String name, int fallback) {
        String value = first(parameters, name);
        if (value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCaseQueryException("parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
    }
}
