package org.qianliyan.portal.enforcement.store;

/** Field names of the {@code cases} index, as in its mapping file. */
public final class CaseFields {

    public static final String ID = "id";
    public static final String PARTY_NAME = "partyName";
    public static final String PARTY_NAME_KEY = "partyNameKey";
    public static final String CREDIT_CODE = "creditCode";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String VIOLATION_TYPE = "violationType";
    public static final String VIOLATION_FACTS = "violationFacts";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String PENALTY_CATEGORY = "penaltyCategory";
    public static final String PENALTY_CONTENT = "penaltyContent";
    public static final String PENALTY_YUAN = "penaltyYuan";
    public static final String PENALTY_BAND = "penaltyBand";
    public static final String DECISION_DATE = "decisionDate";
    public static final String YEAR = "year";
    public static final String AUTHORITY = "authority";
    public static final String DATA_SOURCE = "dataSource";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String STATUS = "status";
    public static final String SUPERVISION = "supervision";
    public static final String FACILITY_ID = "facilityId";
    public static final String FACILITY_NAME = "facilityName";
    public static final String LINK_BASIS = "linkBasis";
    public static final String DEMO = "demo";
    public static final String PARTY_CATEGORY = "partyCategory";
    public static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
    public static final String CONFISCATION_YUAN = "confiscationYuan";
    public static final String LICENCE = "licence";
    public static final String VALID_UNTIL = "validUntil";
    public static final String PUBLIC_UNTIL = "publicUntil";
    public static final String AUTHORITY_CODE = "authorityCode";
    public static final String DATA_SOURCE_CODE = "dataSourceCode";
    public static final String REMARKS = "remarks";

    private CaseFields() {
    }
}
