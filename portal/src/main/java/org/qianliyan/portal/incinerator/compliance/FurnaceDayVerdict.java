package org.qianliyan.portal.incinerator.compliance;

import java.util.Map;

import org.qianliyan.portal.incinerator.domain.Pollutant;

/**
 * The verdict on a furnace-day and the daily means computed on the way (only pollutants
 * with enough valid hours have one).
 */
public record FurnaceDayVerdict(ComplianceVerdict verdict, Map<Pollutant, Double> dailyMeans) {
}
