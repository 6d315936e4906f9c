package org.qianliyan.portal.incinerator.facility;

/**
 * What other features know of a facility in the incinerator feature's {@code facilities} index: its id, name,
 * 统一社会信用代码, region and operating group, each blank when unknown, and whether it is generated demo data.
 */
public record FacilityIdentity(String id, String name, String creditCode, String province, String city,
                               String county, String operatorGroup, boolean demo) {

    public FacilityIdentity {
        name = blankIfNull(name);
        creditCode = blankIfNull(creditCode);
        province = blankIfNull(province);
        city = blankIfNull(city);
        county = blankIfNull(county);
        operatorGroup = blankIfNull(operatorGroup);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }
}
