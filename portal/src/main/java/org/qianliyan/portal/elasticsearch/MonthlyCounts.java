package org.qianliyan.portal.elasticsearch;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;

/**
 * Documents per calendar month of a date field over a window of months, for trend charts: an aggregation to add to a
 * search, and its result with every month of the window, zero where there were none.
 *
 * <pre>{@code
 * search.aggregations("months", MonthlyCounts.aggregation("date", first, last));
 * Map<YearMonth, Long> perMonth = MonthlyCounts.read(response.aggregations().get("months"), first, last);
 * }</pre>
 */
public final class MonthlyCounts {

    private static final String MONTHS = "months";

    private MonthlyCounts() {
    }

    /** Counts per month of {@code dateField} (a date without time of day) from {@code first} to {@code last}. */
    public static Aggregation aggregation(String dateField, YearMonth first, YearMonth last) {
        return Aggregation.of(a -> a.filter(f -> f.range(r -> r.date(d -> d.field(dateField)
                        .gte(first.atDay(1).toString()).lte(last.atEndOfMonth().toString()))))
                .aggregations(MONTHS, m -> m.dateHistogram(d -> d.field(dateField)
                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM"))));
    }

    /** The months of the window oldest first, each with its count from {@link #aggregation}'s result. */
    public static Map<YearMonth, Long> read(Aggregate result, YearMonth first, YearMonth last) {
        Map<YearMonth, Long> months = zeros(first, last);
        for (DateHistogramBucket bucket : result.filter().aggregations().get(MONTHS).dateHistogram().buckets().array()) {
            months.put(YearMonth.parse(bucket.keyAsString()), bucket.docCount());
        }
        return months;
    }

    private static Map<YearMonth, Long> zeros(YearMonth first, YearMonth last) {
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, 0L);
        }
        return months;
    }
}
