package org.qianliyan.portal.overview;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qianliyan.portal.incinerator.catalogue.IncineratorCatalogue;
import org.qianliyan.portal.incinerator.catalogue.PlantFilter;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.springframework.stereotype.Service;

/** The nationwide picture of incinerator compliance over the catalogue's default period. */
@Service
public class NationwideCompliance {

    /**
     * @param period         the days counted
     * @param plants         plants known, each with its days of each verdict
     * @param reporting      plants with at least one day that is not missing data
     * @param exceedanceDays outlet- and furnace-days judged exceedances, all plants together
     * @param byProvince     exceedance days per province, most first (provinces without any left out)
     */
    public record Snapshot(Period period, List<PlantSummary> plants, long reporting, long exceedanceDays,
                           Map<String, Long> byProvince) {
    }

    private final IncineratorCatalogue catalogue;

    NationwideCompliance(IncineratorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Snapshot snapshot() {
        Period period = catalogue.defaultPeriod();
        List<PlantSummary> plants = catalogue.list(PlantFilter.ALL, period);
        long reporting = plants.stream().filter(NationwideCompliance::reported).count();
        long exceedances = plants.stream().mapToLong(p -> p.days(Verdict.EXCEEDANCE)).sum();
        Map<String, Long> byProvince = plants.stream()
                .filter(p -> p.days(Verdict.EXCEEDANCE) > 0)
                .collect(Collectors.groupingBy(p -> p.plant().province() == null ? "" : p.plant().province(),
                        Collectors.summingLong(p -> p.days(Verdict.EXCEEDANCE))))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new Snapshot(period, plants, reporting, exceedances, byProvince);
    }

    private static boolean reported(PlantSummary plant) {
        return plant.dayCounts().entrySet().stream().anyMatch(e -> e.getKey() != Verdict.MISSING && e.getValue() > 0);
    }
}
