package org.qianliyan.portal.incinerator.domain;

import java.time.LocalDate;

import org.qianliyan.nlp.link.RegionNames;

/**
 * A waste-incineration power plant as the ministry platform lists it.
 *
 * @param id                  the platform's plant code ({@code ps_code})
 * @param name                企业名称
 * @param creditCode          统一社会信用代码, empty if unknown
 * @param province            first segment of the platform's region, full official name, empty if unknown
 * @param city                second segment, else the platform's region name, full official name
 * @param county              third segment, empty if none
 * @param address             address
 * @param longitude           as published (datum not stated by the platform)
 * @param latitude            as published
 * @param capacityTonnesPerDay design capacity, {@code null} if not published
 * @param powerKilowatts      installed power, {@code null} if not published
 * @param startDate           投产日期, {@code null} if not published
 * @param furnaceCount        焚烧炉数量
 * @param operatorGroup       the platform's group code of the operator, empty if none
 * @param demo                whether this is generated demo data
 */
public record Plant(String id, String name, String creditCode, String province, String city, String county,
                    String address, Double longitude, Double latitude, Integer capacityTonnesPerDay,
                    Integer powerKilowatts, LocalDate startDate, int furnaceCount, String operatorGroup,
                    boolean demo) {

    /** Region names are normalised (广东 → 广东省, 深圳 → 深圳市) when imported and when read from older documents. */
    public Plant {
        city = RegionNames.city(province, city);
        province = RegionNames.province(province);
        county = RegionNames.county(county);
    }
}
