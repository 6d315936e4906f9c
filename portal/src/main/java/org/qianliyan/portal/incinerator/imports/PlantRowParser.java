package org.qianliyan.portal.incinerator.imports;

import java.util.List;
import java.util.Map;

import org.qianliyan.portal.incinerator.domain.Plant;

/** A row of the platform's plant list ({@code GetPSList}) as a {@link Plant}. */
public final class PlantRowParser {

    public static final List<String> COLUMNS = List.of("ps_code", "ps_name", "region_name", "address", "longitude",
            "latitude", "manufacture_date", "credit_code", "boiler_num", "burn_ability", "electric_power",
            "afgroup_code", "fullregion_name");

    public Plant parse(Map<String, String> row) throws InvalidRowException {
        String id = FieldParsing.required(row, "ps_code");
        String name = FieldParsing.required(row, "ps_name");
        Double longitude = FieldParsing.decimal(row, "longitude");
        Double latitude = FieldParsing.decimal(row, "latitude");
        if (longitude != null && (longitude < -180 || longitude > 180)
                || latitude != null && (latitude < -90 || latitude > 90)) {
            throw new InvalidRowException("coordinates out of range: " + longitude + ", " + latitude);
        }
        String[] region = row.getOrDefault("fullregion_name", "").split("-");
        String province = region[0];
        String city = region.length > 1 ? region[1] : row.getOrDefault("region_name", "").replaceAll("市$", "");
        String county = region.length > 2 ? region[2] : "";
        Integer furnaces = FieldParsing.quantity(row, "boiler_num");
        return new Plant(id, name, row.getOrDefault("credit_code", ""), province, city, county,
                row.getOrDefault("address", ""), longitude, latitude, FieldParsing.quantity(row, "burn_ability"),
                FieldParsing.quantity(row, "electric_power"), FieldParsing.date(row, "manufacture_date"),
                furnaces == null ? 0 : furnaces, row.getOrDefault("afgroup_code", ""), false);
    }
}
