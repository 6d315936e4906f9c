package org.qianliyan.portal.incinerator.store;

import java.time.LocalDate;

import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.qianliyan.portal.incinerator.domain.Verdict;

/** A stored daily mean with the limit it was judged against ({@code limitSource} plant or national). */
public record MeasuredMean(LocalDate date, String pointId, Pollutant pollutant, Double value, double limit,
                           String limitSource, String remark, Verdict verdict) {
}
