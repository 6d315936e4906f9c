package org.qianliyan.portal.incinerator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.Pollutant;

class RowParserTest {

    @Test
    void a_plant_row_splits_its_region_and_reads_capacity_and_power_with_units() throws Exception {
        Map<String, String> row = new HashMap<>(Map.of("ps_code", "AB12", "ps_name", "某某环保能源有限公司",
                "fullregion_name", "浙江-温州-龙湾区", "burn_ability", "1350t/d", "electric_power", "37000KW",
                "longitude", "120.5", "latitude", "28.0", "manufacture_date", "2016-05-01", "boiler_num", "3"));

        var plant = new PlantRowParser().parse(row);

        // The platform writes short names; plants carry the full official ones.
        assertThat(plant.province()).isEqualTo("浙江省");
        assertThat(plant.city()).isEqualTo("温州市");
        assertThat(plant.county()).isEqualTo("龙湾区");
        assertThat(plant.capacityTonnesPerDay()).isEqualTo(1350);
        assertThat(plant.powerKilowatts()).isEqualTo(37000);
        assertThat(plant.furnaceCount()).isEqualTo(3);
    }

    @Test
    void a_capacity_that_is_not_a_number_is_an_invalid_row_naming_the_column() {
        Map<String, String> row = Map.of("ps_code", "AB12", "ps_name", "x", "burn_ability", "很大");

        assertThatThrownBy(() -> new PlantRowParser().parse(row)).isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("burn_ability");
    }

    @Test
    void a_daily_row_with_a_blank_strength_is_a_measurement_with_no_value() throws Exception {
        Map<String, String> row = Map.of("ps_code", "P", "mp_code", "M", "pollutant_code", "008", "strength", "",
                "standard_value", "50", "remark", "", "status", "0", "day", "20231202", "company", "某厂");

        var measurement = (PlatformDailyRow.Measurement) new DailyRowParser().parse(row);

        assertThat(measurement.mean().pollutant()).isEqualTo(Pollutant.HCL);
        assertThat(measurement.mean().value()).isNull();
        assertThat(measurement.mean().plantLimit()).isEqualTo(50.0);
    }

    @Test
    void a_daily_row_with_only_day_and_company_says_the_plant_reported_nothing() throws Exception {
        var row = new PlatformDailyRow.NoData(java.time.LocalDate.of(2023, 12, 1), "某厂");

        assertThat(new DailyRowParser().parse(Map.of("day", "20231201", "company", "某厂"))).isEqualTo(row);
    }

    @Test
    void an_unknown_pollutant_code_is_an_invalid_row() {
        Map<String, String> row = Map.of("ps_code", "P", "mp_code", "M", "pollutant_code", "099", "day", "20231202",
                "company", "某厂");

        assertThatThrownBy(() -> new DailyRowParser().parse(row)).hasMessageContaining("099");
    }
}
