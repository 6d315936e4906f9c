package org.qianliyan.portal.incinerator.catalogue;

import java.util.Comparator;

/** The orders of the plant list; each breaks ties by name so the order is stable. */
public enum PlantSort {
    NAME(Comparator.comparing(s -> s.plant().name())),
    PROVINCE(Comparator.comparing((PlantSummary s) -> s.plant().province()).thenComparing(s -> s.plant().city())),
    CAPACITY(Comparator.comparing(s -> s.plant().capacityTonnesPerDay() == null ? 0 : s.plant().capacityTonnesPerDay())),
    EXCEEDANCES(Comparator.comparingLong(s -> s.days(org.qianliyan.portal.incinerator.domain.Verdict.EXCEEDANCE)));

    private final Comparator<PlantSummary> order;

    PlantSort(Comparator<PlantSummary> order) {
        this.order = order;
    }

    public Comparator<PlantSummary> comparator(boolean descending) {
        Comparator<PlantSummary> primary = descending ? order.reversed() : order;
        return primary.thenComparing(s -> s.plant().name()).thenComparing(s -> s.plant().id());
    }
}
