package org.qianliyan.portal.enforcement.domain;

/** Where the sanctioned party is: province, city and county as disclosed (any may be blank). */
public record Region(String province, String city, String county) {

    public static final Region UNKNOWN = new Region("", "", "");

    public Region {
        province = province == null ? "" : province.strip();
        city = city == null ? "" : city.strip();
        county = county == null ? "" : county.strip();
    }
}
