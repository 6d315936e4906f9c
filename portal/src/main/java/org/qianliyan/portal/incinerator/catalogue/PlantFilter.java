package org.qianliyan.portal.incinerator.catalogue;

import java.util.List;
import java.util.Locale;

import org.qianliyan.nlp.link.RegionNames;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * What the public asks of the plant list: a name (or credit code, or address) fragment,
 * a province and city, plants that had at least one day of a verdict, a minimum capacity,
 * and an order. Empty fields filter nothing.
 */
public record PlantFilter(String text, String province, String city, Verdict verdict, Integer minCapacity,
                          PlantSort sort, boolean descending) {

    public static final PlantFilter ALL = new PlantFilter("", "", "", null, null, PlantSort.NAME, false);

    public PlantFilter {
        text = text == null ? "" : text.trim();
        // Either spelling (广东, 广东省) selects the plants, whose names are full.
        city = RegionNames.city(province, city);
        province = RegionNames.province(province);
        sort = sort == null ? PlantSort.NAME : sort;
    }

    public List<PlantSummary> apply(List<PlantSummary> plants) {
        return plants.stream().filter(this::matches).sorted(sort.comparator(descending)).toList();
    }

    boolean matches(PlantSummary summary) {
        var plant = summary.plant();
        if (!text.isEmpty()) {
            String needle = text.toLowerCase(Locale.ROOT);
            if (!(plant.name().toLowerCase(Locale.ROOT).contains(needle) || plant.creditCode().equalsIgnoreCase(text)
                    || plant.address().contains(text))) {
                return false;
            }
        }
        if (!province.isEmpty() && !plant.province().equals(province)) {
            return false;
        }
        if (!city.isEmpty() && !plant.city().equals(city)) {
            return false;
        }
        if (verdict != null && summary.days(verdict) == 0) {
            return false;
        }
        return minCapacity == null || plant.capacityTonnesPerDay() != null && plant.capacityTonnesPerDay() >= minCapacity;
    }
}
