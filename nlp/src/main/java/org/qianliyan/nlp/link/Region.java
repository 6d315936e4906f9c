package org.qianliyan.nlp.link;

/**
 * An administrative region.
 *
 * @param name     full name, e.g. 金乡县
 * @param level    its level
 * @param province full province name
 * @param city     city name for counties, the city itself for cities, null for provinces
 */
public record Region(String name, RegionLevel level, String province, String city) {

    /** @return whether this region is {@code other} or lies inside it */
    public boolean within(Region other) {
        return switch (other.level) {
            case PROVINCE -> other.name.equals(province);
            case CITY -> level != RegionLevel.PROVINCE && other.name.equals(city) && other.province.equals(province);
            case COUNTY -> equals(other);
        };
    }
}
