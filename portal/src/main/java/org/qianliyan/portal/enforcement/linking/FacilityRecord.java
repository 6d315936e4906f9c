package org.qianliyan.portal.enforcement.linking;

/** What linking needs to know of a facility: id, name, credit code and region (blank when unknown). */
public record FacilityRecord(String id, String name, String creditCode, String province, String city, String county) {

    public FacilityRecord {
        name = blankIfNull(name);
        creditCode = blankIfNull(creditCode);
        province = blankIfNull(province);
        city = blankIfNull(city);
        county = blankIfNull(county);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
