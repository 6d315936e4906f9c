package org.qianliyan.portal.enforcement.store;

/**
 * Field names of the {@code cases} index, as in its mapping file: snake_case, as in every index. Until issue 13 they
 * were camelCase; {@link CaseDocumentUpgrade} renames them in documents of that mapping.
 */
public final class CaseFields {

    public static final String ID = "id";
    public static final String PARTY_NAME = "party_name";
    /** The whole party name as one term (mapping sub-field). */
    public static final String PARTY_NAME_KEYWORD = PARTY_NAME + ".keyword";
    public static final String PARTY_NAME_KEY = "party_name_key";
    public static final String CREDIT_CODE = "credit_code";
    public static final String DECISION_NUMBER = "decision_number";
    /** The decision number analysed as text (mapping sub-field), for phrases within it. */
    public static final String DECISION_NUMBER_TEXT = DECISION_NUMBER + ".text";
    public static final String VIOLATION_TYPE = "violation_type";
    /** The violation type analysed as text (mapping sub-field). */
    public static final String VIOLATION_TYPE_TEXT = VIOLATION_TYPE + ".text";
    public static final String VIOLATION_FACTS = "violation_facts";
    public static final String LEGAL_BASIS = "legal_basis";
    public static final String PENALTY_CATEGORY = "penalty_category";
    public static final String PENALTY_CONTENT = "penalty_content";
    public static final String PENALTY_YUAN = "penalty_yuan";
    public static final String PENALTY_BAND = "penalty_band";
    public static final String DECISION_DATE = "decision_date";
    public static final String YEAR = "year";
    public static final String AUTHORITY = "authority";
    /** The authority analysed as text (mapping sub-field). */
    public static final String AUTHORITY_TEXT = AUTHORITY + ".text";
    public static final String DATA_SOURCE = "data_source";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String SOURCE_URL = "source_url";
    public static final String STATUS = "status";
    public static final String SUPERVISION = "supervision";
    public static final String FACILITY_ID = "facility_id";
    public static final String FACILITY_NAME = "facility_name";
    public static final String LINK_BASIS = "link_basis";
    public static final String DEMO = "demo";
    public static final String PARTY_CATEGORY = "party_category";
    public static final String LEGAL_REPRESENTATIVE = "legal_representative";
    public static final String CONFISCATION_YUAN = "confiscation_yuan";
    public static final String LICENCE = "licence";
    public static final String VALID_UNTIL = "valid_until";
    public static final String PUBLIC_UNTIL = "public_until";
    public static final String AUTHORITY_CODE = "authority_code";
    public static final String DATA_SOURCE_CODE = "data_source_code";
    public static final String REMARKS = "remarks";

    private CaseFields() {
    }
}
