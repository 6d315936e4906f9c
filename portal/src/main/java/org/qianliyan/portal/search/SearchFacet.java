package org.qianliyan.portal.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.incinerator.store.FacilityFields;
import org.qianliyan.portal.opinion.intake.PostFields;

/**
 * The facets a result set is counted by, and the URL parameter that filters on each
 * ({@code ?province=浙江省&year=2023}). A dataset without the facet's field drops out of a
 * search filtered on it: {@code authority=…} leaves only cases.
 */
public enum SearchFacet {
    PROVINCE("province", false, Map.of(SearchHit.Kind.FACILITY, FacilityFields.PROVINCE, SearchHit.Kind.CASE, CaseFields.PROVINCE,
            SearchHit.Kind.POST, PostFields.PROVINCES)),
    CITY("city", false, Map.of(SearchHit.Kind.FACILITY, FacilityFields.CITY, SearchHit.Kind.CASE, CaseFields.CITY)),
    /** Calendar year of the dataset's date (opening, decision, publication). */
    YEAR("year", false, Map.of(SearchHit.Kind.FACILITY, FacilityFields.START_DATE, SearchHit.Kind.CASE, CaseFields.DECISION_DATE,
            SearchHit.Kind.POST, PostFields.PUBLISHED_AT)),
    TYPE("type", false, Map.of(SearchHit.Kind.CASE, CaseFields.VIOLATION_TYPE)),
    AUTHORITY("authority", false, Map.of(SearchHit.Kind.CASE, CaseFields.AUTHORITY)),
    BAND("band", false, Map.of(SearchHit.Kind.CASE, CaseFields.PENALTY_BAND)),
    SOURCE("source", false, Map.of(SearchHit.Kind.POST, PostFields.KIND)),
    /** A plant's compliance verdict over the default period (its worst day), as the plant list shows it. */
    VERDICT("verdict", false, Map.of(SearchHit.Kind.FACILITY, FacilityFields.VERDICT)),
    /** Staff only: the sentiment of individual posts. */
    SENTIMENT("sentiment", true, Map.of(SearchHit.Kind.POST, PostFields.SENTIMENT));

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
