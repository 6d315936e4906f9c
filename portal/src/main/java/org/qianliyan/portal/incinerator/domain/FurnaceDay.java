package org.qianliyan.portal.incinerator.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * One natural day of one furnace's outlet as measured: hourly means per pollutant, the
 * 5-minute furnace temperatures, and what the operator marked.
 *
 * @param pointId            the monitoring point (outlet) of the furnace
 * @param date               the natural day
 * @param hourlyMeans        24 hourly means per pollutant, {@code NaN} where there is none
 * @param furnaceTemperature 288 5-minute means in °C, {@code NaN} where there is none; {@code null} if not measured
 * @param markings           24 entries, the marking of each hour or {@code null}
 * @param maintenance        24 entries, whether the hour is marked CEMS maintenance
 * @param plantLimits        the outlet's own daily limits where known
 */
public record FurnaceDay(String pointId, LocalDate date, Map<Pollutant, double[]> hourlyMeans,
                         double[] furnaceTemperature, Marking[] markings, boolean[] maintenance,
                         Map<Pollutant, Double> plantLimits) {

    public static final int HOURS = 24;
    public static final int FIVE_MINUTE_SLOTS = 288;
}
