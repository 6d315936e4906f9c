package org.qianliyan.portal.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The facets a result set is counted by, and the URL parameter that filters on each
 * ({@code ?province=浙江省&year=2023}). A dataset without the facet's field drops out of a
 * search filtered on it: {@code authority=…} leaves only cases.
 */
public enum SearchFacet {
    PROVINCE("province", false, Map.of(SearchHit.Kind.FACILITY, "province", SearchHit.Kind.CASE, "province",
            SearchHit.Kind.POST, "provinces")),
    CITY("city", false, Map.of(SearchHit.Kind.FACILITY, "city", SearchHit.Kind.CASE, "city")),
    /** Calendar year of the dataset's date (opening, decision, publication). */
    YEAR("year", false, Map.of(SearchHit.Kind.FACILITY, "start_date", SearchHit.Kind.CASE, "decision_date",
            SearchHit.Kind.POST, "published_at")),
    TYPE("type", false, Map.of(SearchHit.Kind.CASE, "violation_type")),
    AUTHORITY("authority", false, Map.of(SearchHit.Kind.CASE, "authority")),
    BAND("band", false, Map.of(SearchHit.Kind.CASE, "penalty_band")),
    SOURCE("source", false, Map.of(SearchHit.Kind.POST, "kind")),
    /** A plant's compliance verdict over the default period (its worst day), as the plant list shows it. */
    VERDICT("verdict", false, Map.of(SearchHit.Kind.FACILITY, "verdict")),
    /** Staff only: the sentiment of individual posts. */
    SENTIMENT("sentiment", true, Map.of(SearchHit.Kind.POST, "sentiment"));

    /** Buckets shown per facet. */
    static final int BUCKETS = 20;

    private final String parameter;
    private final boolean staffOnly;
    private final Map<SearchHit.Kind, String> fields;

    SearchFacet(String parameter, boolean staffOnly, Map<SearchHit.Kind, String> fields) {
        this.parameter = parameter;
        this.staffOnly = staffOnly;
        this.fields = fields;
    }

    /** The URL parameter and JSON key. */
    public String parameter() {
        return parameter;
    }

    public boolean staffOnly() {
        return staffOnly;
    }

    Optional<String> field(SearchHit.Kind kind) {
        return Optional.ofNullable(fields.get(kind));
    }

    static Optional<SearchFacet> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }
}
