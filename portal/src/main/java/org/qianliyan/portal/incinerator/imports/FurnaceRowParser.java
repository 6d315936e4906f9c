package org.qianliyan.portal.incinerator.imports;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.Furnace;

/** A row of the platform's furnace list ({@code GetBurnList}) as a {@link Furnace}. */
public final class FurnaceRowParser {

    public static final List<String> COLUMNS = List.of("ps_code", "mp_code", "mp_name", "boiler_name", "boiler_type",
            "creater_time", "burn_ability", "stopopen_time", "stopopen_status", "stopopen_reason");

    public Furnace parse(Map<String, String> row) throws InvalidRowException {
        return new Furnace(FieldParsing.required(row, "ps_code"), FieldParsing.required(row, "mp_code"),
                row.getOrDefault("mp_name", ""), row.getOrDefault("boiler_name", ""), row.getOrDefault("boiler_type", ""),
                FieldParsing.quantity(row, "burn_ability"), FieldParsing.date(row, "creater_time"),
                "1".equals(row.get("stopopen_status")), FieldParsing.date(row, "stopopen_time"),
                row.getOrDefault("stopopen_reason", ""));
    }
}
