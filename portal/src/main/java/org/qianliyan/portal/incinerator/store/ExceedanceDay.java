package org.qianliyan.portal.incinerator.store;

import java.time.LocalDate;

import org.qianliyan.portal.incinerator.compliance.Reason;

/**
 * One finding that made an outlet's or furnace's day an exceedance (超标日), with the plant it
 * belongs to: the pollutant (none for furnace-wide findings), the value and the limit are the reason's.
 *
 * @param pointName the outlet or furnace as the platform names it
 * @param demo      whether the plant is generated demo data
 */
public record ExceedanceDay(String facilityId, String facilityName, LocalDate date, String pointName, Reason reason,
                            boolean demo) {
}
