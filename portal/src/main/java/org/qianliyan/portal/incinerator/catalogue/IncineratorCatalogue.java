package org.qianliyan.portal.incinerator.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qianliyan.portal.incinerator.domain.Period;
import org.qianliyan.portal.incinerator.domain.Verdict;
import org.qianliyan.portal.incinerator.store.ComplianceRepository;
import org.qianliyan.portal.incinerator.store.FacilityDay;
import org.qianliyan.portal.incinerator.store.MeasuredMean;
import org.qianliyan.portal.incinerator.store.PlantRepository;
import org.springframework.stereotype.Service;

/**
 * What the public pages and the API show: plants with their verdicts over a period, one
 * plant, its days. China has about a thousand plants, so filtering and sorting happen here
 * over all of them; Elasticsearch aggregates the verdicts.
 */
@Service
public class IncineratorCatalogue {

    /** The default period: the last 30 days for which anything was judged. */
    public static final int DEFAULT_DAYS = 30;

    private final PlantRepository plants;
    private final ComplianceRepository compliance;

    public IncineratorCatalogue(PlantRepository plants, ComplianceRepository compliance) {
        this.plants = plants;
        this.compliance = compliance;
    }

    /** The 30 days ending on the latest judged day (or today when nothing is judged yet). */
    public Period defaultPeriod() {
        return Period.ending(compliance.latestDay().orElse(LocalDate.now()), DEFAULT_DAYS);
    }

    public List<PlantSummary> list(PlantFilter filter, Period period) {
        Map<String, Map<Verdict, Long>> counts = compliance.verdictCounts(period);
        List<PlantSummary> all = plants.all().stream()
                .map(p -> new PlantSummary(p.plant(), p.furnaces(), counts.getOrDefault(p.plant().id(), Map.of())))
                .toList();
        return filter.apply(all);
    }

    public Optional<PlantSummary> plant(String id, Period period) {
        return plants.byId(id).map(p -> new PlantSummary(p.plant(), p.furnaces(),
                compliance.verdictCounts(period).getOrDefault(id, Map.of())));
    }

    public List<FacilityDay> days(String id, Period period) {
        return compliance.days(id, period);
    }

    public List<MeasuredMean> means(String id, Period period) {
        return compliance.means(id, period);
    }
}
