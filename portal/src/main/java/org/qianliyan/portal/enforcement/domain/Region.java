package org.qianliyan.portal.enforcement.domain;

import org.qianliyan.nlp.link.RegionNames;

/**
 * Where the sanctioned party is: province, city and county under their full official
 * names (广东 → 广东省, 深圳 → 深圳市), whichever spelling the source used, so that the
 * facets list each region once; any may be blank. Documents stored before names were
 * normalised are normalised here when read.
 */
public record Region(String province, String city, String county) {

    public static final Region UNKNOWN = new Region("", "", "");

    public Region {
        city = RegionNames.city(province, city);
        province = RegionNames.province(province);
        county = RegionNames.county(county);
    }
}
