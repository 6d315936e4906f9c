package org.qianliyan.portal.incinerator.domain;

import java.time.LocalDate;

/**
 * One furnace and the monitoring point (outlet) that measures its flue gas.
 *
 * @param plantId              the plant's {@code ps_code}
 * @param pointId              the monitoring point's {@code mp_code}, which daily data refer to
 * @param outletName           排放口名称
 * @param name                 the furnace's name
 * @param type                 炉排炉, 循环流化床焚烧炉, …
 * @param capacityTonnesPerDay capacity, {@code null} if not published
 * @param startDate            投产日期, {@code null} if not published
 * @param stopped              whether the platform lists it as stopped
 * @param stoppedSince         the day it stopped, {@code null} if running or unknown
 * @param stopReason           the platform's free text, empty if none
 */
public record Furnace(String plantId, String pointId, String outletName, String name, String type,
                      Integer capacityTonnesPerDay, LocalDate startDate, boolean stopped,
                      LocalDate stoppedSince, String stopReason) {
}
