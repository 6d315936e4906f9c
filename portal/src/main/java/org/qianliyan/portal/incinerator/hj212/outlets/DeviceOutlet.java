package org.qianliyan.portal.incinerator.hj212.outlets;

/**
 * Where an HJ 212 data logger measures: the platform's plant ({@code ps_code}) and
 * monitoring point, the outlet of one furnace ({@code mp_code}).
 *
 * @param mn      the logger's device number ({@code MN})
 * @param plantId the plant's {@code ps_code}
 * @param pointId the outlet's {@code mp_code}
 */
public record DeviceOutlet(String mn, String plantId, String pointId) {
}
