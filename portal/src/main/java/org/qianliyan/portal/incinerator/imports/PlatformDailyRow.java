package org.qianliyan.portal.incinerator.imports;

import java.time.LocalDate;

import org.qianliyan.portal.incinerator.domain.DailyMean;

/** A row of the platform's daily file: a measurement, or the fact that a plant reported nothing. */
public sealed interface PlatformDailyRow {

    LocalDate day();

    String company();

    /**
     * One pollutant's daily mean at one outlet.
     *
     * @param platformExceeds the platform's own exceedance flag ({@code status=1})
     */
    record Measurement(String plantId, String pointId, LocalDate day, String company, DailyMean mean,
                       boolean platformExceeds) implements PlatformDailyRow {
    }

    /** Only {@code day} and {@code company} filled: the plant (matched by name) reported nothing that day. */
    record NoData(LocalDate day, String company) implements PlatformDailyRow {
    }
}
