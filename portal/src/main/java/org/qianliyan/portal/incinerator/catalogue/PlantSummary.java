package org.qianliyan.portal.incinerator.catalogue;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.Furnace;
import org.qianliyan.portal.incinerator.domain.Plant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * A plant and how its days went over a period: the number of outlet-days (and plant-days
 * without data) of each verdict.
 */
public record PlantSummary(Plant plant, List<Furnace> furnaces, Map<Verdict, Long> dayCounts) {

    public PlantSummary {
        dayCounts = Map.copyOf(dayCounts);
    }

    public long days(Verdict verdict) {
        return dayCounts.getOrDefault(verdict, 0L);
    }

    /** The most severe verdict of the period, or empty when nothing was judged. */
    public java.util.Optional<Verdict> worst() {
        return dayCounts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .reduce(Verdict::worse);
    }
}
