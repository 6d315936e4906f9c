package org.qianliyan.portal.incinerator.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.DailyMean;
import org.qianliyan.portal.incinerator.domain.Pollutant;

/** A row of the platform's daily means ({@code GetMonitorDataList}) as a {@link PlatformDailyRow}. */
public final class DailyRowParser {

    public static final List<String> COLUMNS = List.of("ps_code", "mp_code", "monitor_time", "pollutant_code",
            "pollutant_name", "strength", "standard_value", "remark", "status", "day", "company");

    public PlatformDailyRow parse(Map<String, String> row) throws InvalidRowException {
        LocalDate day = FieldParsing.compactDay(row, "day");
        String company = FieldParsing.required(row, "company");
        if (row.getOrDefault("ps_code", "").isEmpty() && row.getOrDefault("mp_code", "").isEmpty()
                && row.getOrDefault("pollutant_code", "").isEmpty()) {
            return new PlatformDailyRow.NoData(day, company);
        }
        String plantId = FieldParsing.required(row, "ps_code");
        String pointId = FieldParsing.required(row, "mp_code");
        String code = FieldParsing.required(row, "pollutant_code");
        Pollutant pollutant = Pollutant.ofPlatformCode(code)
                .orElseThrow(() -> new InvalidRowException("unknown pollutant_code " + code));
        String status = row.getOrDefault("status", "");
        if (!status.isEmpty() && !status.equals("0") && !status.equals("1")) {
            throw new InvalidRowException("status is neither 0 nor 1: " + status);
        }
        var mean = new DailyMean(pollutant, FieldParsing.decimal(row, "strength"),
                FieldParsing.decimal(row, "standard_value"), row.getOrDefault("remark", ""));
        return new PlatformDailyRow.Measurement(plantId, pointId, day, company, mean, status.equals("1"));
    }
}
