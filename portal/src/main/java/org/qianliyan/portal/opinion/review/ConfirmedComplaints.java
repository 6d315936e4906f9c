package org.qianliyan.portal.opinion.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Complaints about a facility that staff confirmed, counted per month with their topics: what
 * the public plant page and the front page may show. Never a person, a handle or a quote.
 */
public interface ConfirmedComplaints {

    /**
     * One month.
     *
     * @param month  {@code YYYY-MM} (Beijing time)
     * @param count  confirmed complaints published that month
     * @param topics complaints per topic code ({@code AIR}, {@code ODOUR}…), most first
     */
    record Month(String month, long count, Map<String, Long> topics) {
    }

    /** @return the months with at least one confirmed complaint about the facility, newest first */
    List<Month> monthlyFor(String facilityId);

    /**
     * Confirmed complaints about any plant, for the front page.
     *
     * @return every month from {@code first} to {@code last}, oldest first, months without complaints included
     */
    List<Month> monthlyAcrossPlants(YearMonth first, YearMonth last);
}
