package org.qianliyan.portal.incinerator.store;

import java.time.LocalDate;
import java.util.List;

import org.qianliyan.portal.incinerator.compliance.Reason;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * The stored verdict of one outlet-day, or of a plant-day without data (empty point).
 */
public record FacilityDay(String facilityId, LocalDate date, String pointId, String pointName, Verdict verdict,
                          List<Reason> reasons) {
}
