package org.qianliyan.nlp.link;

/** Administrative level of a {@link Region}. */
public enum RegionLevel {
    /** 省, 自治区, 直辖市 */
    PROVINCE,
    /** 地级市, 自治州, 地区 */
    CITY,
    /** 县, 县级市, 区 */
    COUNTY
}
