package org.qianliyan.portal.incinerator.store;

/** Field names of the {@code facilities} index, as in its mapping file; {@link IncineratorDocuments} writes them. */
public final class FacilityFields {

    public static final String KIND = "kind";
    public static final String NAME = "name";
    /** The whole name as one term (mapping sub-field), for exact match, prefix and sort. */
    public static final String NAME_KEYWORD = NAME + ".keyword";
    public static final String CREDIT_CODE = "credit_code";
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String ADDRESS = "address";
    public static final String LOCATION = "location";
    public static final String CAPACITY_TPD = "capacity_tpd";
    public static final String POWER_KW = "power_kw";
    public static final String START_DATE = "start_date";
    public static final String FURNACE_COUNT = "furnace_count";
    public static final String OPERATOR_GROUP = "operator_group";
    /** The plant's verdict over the default period; written by {@code catalogue.PlantVerdicts}, not on import. */
    public static final String VERDICT = "verdict";
    public static final String FURNACES = "furnaces";
    public static final String SOURCE = "source";
    public static final String DEMO = "demo";

    private FacilityFields() {
    }
}
