package org.qianliyan.portal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.incinerator.store.FacilityFields;
import org.qianliyan.portal.opinion.intake.PostFields;
import org.qianliyan.portal.search.syntax.SearchField;

/**
 * Which index fields of one dataset answer which part of a query (mappings under
 * {@code index/src/main/resources/.../mappings}), named by the constants of each index's owner
 * ({@link FacilityFields}, {@link CaseFields}, {@link PostFields}): the raw-text fields (standard analyzer, one
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
 * @param textTwins     the analysed field beside a named keyword field, where a value may also match as a phrase
 */
record DatasetFields(String alias, Map<String, Float> phraseFields, List<String> wordFields, List<String> exactFields,
                     List<String> prefixFields, String dateField, String tiebreak, Map<SearchField, List<String>> named,
                     Map<String, String> textTwins) {

    static final String AMOUNT_FIELD = CaseFields.PENALTY_YUAN;
    /** Elasticsearch's document id (a metadata field, not one of a dataset's own). */
    static final String ID = "_id";

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

    /** The analysed twin of a keyword field ({@code authority} → {@code authority.text}, {@code name.keyword} → {@code name}). */
    Optional<String> textTwinOf(String keywordField) {
        return Optional.ofNullable(textTwins.get(keywordField));
    }

    private static final DatasetFields FACILITY = new DatasetFields("facilities",
            Map.of(FacilityFields.NAME, 5f, FacilityFields.ADDRESS, 2f), List.of(),
            List.of(FacilityFields.CREDIT_CODE, FacilityFields.COUNTY, FacilityFields.OPERATOR_GROUP),
            List.of(FacilityFields.NAME_KEYWORD, FacilityFields.OPERATOR_GROUP),
            FacilityFields.START_DATE, FacilityFields.NAME_KEYWORD,
            Map.of(SearchField.PROVINCE, List.of(FacilityFields.PROVINCE), SearchField.CITY, List.of(FacilityFields.CITY),
                    SearchField.FACILITY, List.of(FacilityFields.NAME_KEYWORD, ID), SearchField.VERDICT, List.of(FacilityFields.VERDICT)),
            Map.of(FacilityFields.NAME_KEYWORD, FacilityFields.NAME));

    private static final DatasetFields CASE = new DatasetFields("cases",
            Map.of(CaseFields.PARTY_NAME, 5f, CaseFields.DECISION_NUMBER_TEXT, 4f, CaseFields.VIOLATION_FACTS, 2f,
                    CaseFields.PENALTY_CONTENT, 1f, CaseFields.LEGAL_BASIS, 1f, CaseFields.AUTHORITY_TEXT, 1f,
                    CaseFields.VIOLATION_TYPE_TEXT, 1f),
            List.of(), List.of(CaseFields.CREDIT_CODE, CaseFields.DECISION_NUMBER, CaseFields.AUTHORITY),
            List.of(CaseFields.PARTY_NAME_KEYWORD, CaseFields.DECISION_NUMBER, CaseFields.AUTHORITY, CaseFields.VIOLATION_TYPE),
            CaseFields.DECISION_DATE, CaseFields.ID,
            Map.of(SearchField.PROVINCE, List.of(CaseFields.PROVINCE), SearchField.CITY, List.of(CaseFields.CITY),
                    SearchField.AUTHORITY, List.of(CaseFields.AUTHORITY), SearchField.TYPE, List.of(CaseFields.VIOLATION_TYPE),
                    SearchField.FACILITY, List.of(CaseFields.FACILITY_ID, CaseFields.FACILITY_NAME, CaseFields.PARTY_NAME_KEYWORD),
                    SearchField.AMOUNT, List.of(AMOUNT_FIELD), SearchField.DATE, List.of(CaseFields.DECISION_DATE)),
            Map.of(CaseFields.PARTY_NAME_KEYWORD, CaseFields.PARTY_NAME, CaseFields.AUTHORITY, CaseFields.AUTHORITY_TEXT,
                    CaseFields.VIOLATION_TYPE, CaseFields.VIOLATION_TYPE_TEXT));

    private static final DatasetFields POST = new DatasetFields("posts",
            Map.of(PostFields.TITLE, 4f, PostFields.TEXT, 2f), List.of(PostFields.TITLE_WORDS, PostFields.TEXT_WORDS), List.of(),
            List.of(PostFields.FACILITY_NAMES), PostFields.PUBLISHED_AT, PostFields.CANONICAL_URL,
            Map.of(SearchField.PROVINCE, List.of(PostFields.PROVINCES), SearchField.CITY, List.of(PostFields.PLACES),
                    SearchField.FACILITY, List.of(PostFields.FACILITY_IDS, PostFields.FACILITY_NAMES),
                    SearchField.DATE, List.of(PostFields.PUBLISHED_AT)),
            Map.of());
}
