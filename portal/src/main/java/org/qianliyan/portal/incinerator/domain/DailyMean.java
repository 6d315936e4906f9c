package org.qianliyan.portal.incinerator.domain;

/**
 * A published daily mean of one pollutant at one outlet, as the ministry platform exports it.
 *
 * @param pollutant  the pollutant
 * @param value      mg/m³, or {@code null} when the platform has no valid value
 * @param plantLimit the outlet's own daily limit ({@code standard_value}), or {@code null} when unknown
 * @param remark     the platform's remark, such as {@code CEMS维护}; empty when none
 */
public record DailyMean(Pollutant pollutant, Double value, Double plantLimit, String remark) {

    public DailyMean {
        remark = remark == null ? "" : remark;
    }
}
