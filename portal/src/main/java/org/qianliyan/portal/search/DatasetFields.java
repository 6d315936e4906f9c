package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.search.syntax.SearchField;

/**
 * Which index fields of one dataset answer which part of a query (mappings under
 * {@code index/src/main/resources/.../mappings}): the raw-text fields (standard analyzer, one
 * token per character, for exact phrases), the HanLP word fields (whitespace analyzer), exact
 * keyword fields, and the field behind each named query field.
 *
 * @param alias         the index alias (before the test prefix)
 * @param phraseFields  raw-text fields with their boosts
 * @param wordFields    fields holding HanLP words, space-joined
 * @param exactFields   keyword fields a whole query may equal (credit codes, decision numbers)
 * @param prefixFields  keyword fields a prefix wildcard also looks at
 * @param dateField     the date the dataset is sorted and bucketed by
 * @param tiebreak      a keyword field that orders equal hits (before {@code _doc})
 * @param named         the keyword field(s) of each named query field this dataset has
 */
record DatasetFields(String alias, Map<String, Float> phraseFields, List<String> wordFields, List<String> exactFields,
                     List<String> prefixFields, String dateField, String tiebreak, Map<SearchField, List<String>> named) {

    static final String AMOUNT_FIELD = "penalty_yuan";

    static DatasetFields of(SearchHit.Kind kind) {
        return switch (kind) {
            case FACILITY -> FACILITY;
            case CASE -> CASE;
            case POST -> POST;
        };
    }

    Optional<List<String>> fieldsOf(SearchField field) {
        return Optional.ofNullable(named.get(field));
    }

    private static final DatasetFields FACILITY = new DatasetFields("facilities",
            Map.of("name", 5f, "address", 2f), List.of("name_words"),
            List.of("credit_code", "county", "operator_group"), List.of("name.keyword", "operator_group"),
            "start_date", "name.keyword",
            Map.of(SearchField.PROVINCE, List.of("province"), SearchField.CITY, List.of("city"),
                    SearchField.FACILITY, List.of("name.keyword", "_id"), SearchField.VERDICT, List.of("verdict")));

    private static final DatasetFields CASE = new DatasetFields("cases",
            Map.of("party_name", 5f, "decision_number.text", 4f, "violation_facts", 2f, "penalty_content", 1f,
                    "legal_basis", 1f, "authority.text", 1f, "violation_type.text", 1f),
            List.of(), List.of("credit_code", "decision_number", "authority"),
            List.of("party_name.keyword", "decision_number", "authority", "violation_type"),
            "decision_date", "id",
            Map.of(SearchField.PROVINCE, List.of("province"), SearchField.CITY, List.of("city"),
                    SearchField.AUTHORITY, List.of("authority"), SearchField.TYPE, List.of("violation_type"),
                    SearchField.FACILITY, List.of("facility_id", "facility_name", "party_name.keyword"),
                    SearchField.AMOUNT, List.of(AMOUNT_FIELD), SearchField.DATE, List.of("decision_date")));

    private static final DatasetFields POST = new DatasetFields("posts",
            Map.of("title", 4f, "text", 2f), List.of("title_words", "text_words"), List.of(),
            List.of("facility_names"), "published_at", "canonical_url",
            Map.of(SearchField.PROVINCE, List.of("provinces"), SearchField.CITY, List.of("places"),
                    SearchField.FACILITY, List.of("facility_ids", "facility_names"),
                    SearchField.DATE, List.of("published_at")));
}
