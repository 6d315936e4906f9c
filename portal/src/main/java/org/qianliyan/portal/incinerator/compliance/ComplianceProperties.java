package org.qianliyan.portal.incinerator.compliance;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.qianliyan.portal.incinerator.domain.Pollutant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.compliance.*}: every parameter of the rules in {@link ComplianceRules}.
 *
 * @param minFurnaceTemperature    5-minute mean furnace temperature below which time counts as too cold, °C
 * @param lowTemperatureAllowance  how much too-cold time a natural day may hold before it is a breach
 * @param markingCapPerFurnaceYear marked (启炉/停炉/故障/事故) time exempt per furnace and calendar year
 * @param minValidHoursPerDay      valid hourly means a daily mean needs; fewer makes the day missing
 * @param maintenanceRemark        the platform's remark for CEMS maintenance
 * @param dailyLimits              national 24-hour limits (GB 18485-2014 Table 4), mg/m³, by pollutant
 * @param hourlyLimits             national 1-hour limits (GB 18485-2014 Table 4), mg/m³, by pollutant
 */
@Validated
@ConfigurationProperties("qianliyan.compliance")
public record ComplianceProperties(
        @DefaultValue("850") double minFurnaceTemperature,
        @DefaultValue("4h") @NotNull Duration lowTemperatureAllowance,
        @DefaultValue("60h") @NotNull Duration markingCapPerFurnaceYear,
        @DefaultValue("20") @Min(1) @Max(24) int minValidHoursPerDay,
        @DefaultValue("CEMS维护") @NotBlank String maintenanceRemark,
        Map<Pollutant, Double> dailyLimits,
        Map<Pollutant, Double> hourlyLimits) {

    private static final Map<Pollutant, Double> GB_18485_DAILY = Map.of(Pollutant.PARTICULATE, 20.0,
            Pollutant.NOX, 250.0, Pollutant.SO2, 80.0, Pollutant.HCL, 50.0, Pollutant.CO, 80.0);
    private static final Map<Pollutant, Double> GB_18485_HOURLY = Map.of(Pollutant.PARTICULATE, 30.0,
            Pollutant.NOX, 300.0, Pollutant.SO2, 100.0, Pollutant.HCL, 60.0, Pollutant.CO, 100.0);

    public ComplianceProperties {
        dailyLimits = withDefaults(dailyLimits, GB_18485_DAILY);
        hourlyLimits = withDefaults(hourlyLimits, GB_18485_HOURLY);
    }

    /** The defaults: GB 18485-2014 and the 2019 regulation (docs/design-notes.md, Incinerator rules). */
    public static ComplianceProperties defaults() {
        return new ComplianceProperties(850, Duration.ofHours(4), Duration.ofHours(60), 20, "CEMS维护", null, null);
    }

    private static Map<Pollutant, Double> withDefaults(Map<Pollutant, Double> given, Map<Pollutant, Double> defaults) {
        var merged = new java.util.EnumMap<Pollutant, Double>(defaults);
        if (given != null) {
            merged.putAll(given);
        }
        return java.util.Collections.unmodifiableMap(merged);
    }
}
