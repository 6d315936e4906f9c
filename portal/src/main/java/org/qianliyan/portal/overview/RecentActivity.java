package org.qianliyan.portal.overview;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.search.RecentCases;
import org.qianliyan.portal.incinerator.store.ExceedanceDay;
import org.qianliyan.portal.incinerator.store.RecentExceedances;
import org.qianliyan.portal.opinion.review.ConfirmedComplaints;
import org.springframework.stereotype.Service;

/**
 * What happened lately, for the front page: the newest exceedance days and cases, and per month over the last two
 * years exceedance days, cases and confirmed complaints about plants. One request per feature, whatever the number
 * of plants.
 */
@Service
public class RecentActivity {

    /** Rows in each "latest" list. */
    static final int LATEST = 10;
    /** Months in the trend charts, the current one included. */
    static final int MONTHS = 24;

    /**
     * @param exceedances       the newest exceedance findings, newest first
     * @param cases             the newest penalties and supervision orders, newest first
     * @param exceedanceDays    outlet- and furnace-days judged exceedances per month, oldest month first
     * @param casesDecided      cases decided per month, same months
     * @param complaints        confirmed complaints about plants per month with their topics, same months
     */
    public record Lately(List<ExceedanceDay> exceedances, List<EnforcementCase> cases,
                         Map<YearMonth, Long> exceedanceDays, Map<YearMonth, Long> casesDecided,
                         List<ConfirmedComplaints.Month> complaints) {

        /** Confirmed complaints per topic over all the months, most first. */
        public Map<String, Long> complaintTopics() {
            Map<String, Long> topics = new LinkedHashMap<>();
            complaints.forEach(month -> month.topics().forEach((topic, count) -> topics.merge(topic, count, Long::sum)));
            Map<String, Long> sorted = new LinkedHashMap<>();
            topics.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            return sorted;
        }

        public long complaintCount() {
            return complaints.stream().mapToLong(ConfirmedComplaints.Month::count).sum();
        }
    }

    private final RecentExceedances exceedances;
    private final RecentCases cases;
    private final ConfirmedComplaints complaints;

    public RecentActivity(RecentExceedances exceedances, RecentCases cases, ConfirmedComplaints complaints) {
        this.exceedances = exceedances;
        this.cases = cases;
        this.complaints = complaints;
    }

    /** @param lastMonth the month the trends end with, normally the current one (Beijing time) */
    public Lately upTo(YearMonth lastMonth) {
        YearMonth first = lastMonth.minusMonths(MONTHS - 1);
        RecentExceedances.Summary days = exceedances.summarise(LATEST, first, lastMonth);
        RecentCases.Summary decided = cases.summarise(LATEST, first, lastMonth);
        return new Lately(days.latest(), decided.latest(), days.perMonth(), decided.perMonth(),
                complaints.monthlyAcrossPlants(first, lastMonth));
    }
}
