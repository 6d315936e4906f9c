package org.qianliyan.portal.incinerator.hj212.outlets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeviceMapTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void devices_map_to_plant_and_outlet_with_a_bom_and_extra_columns() throws Exception {
        DeviceMap map = DeviceMap.parse(csv("\uFEFFmn,ps_code,mp_code,note\n88888880000001,PS1,MP1,1号炉\n88888880000002,PS1,MP2,\n"),
                "devices.csv");
        assertThat(map.size()).isEqualTo(2);
        assertThat(map.outlet("88888880000002")).contains(new DeviceOutlet("88888880000002", "PS1", "MP2"));
        assertThat(map.outlet("unknown")).isEmpty();
    }

    @Test
    void every_bad_line_is_named_with_the_file() {
        assertThatThrownBy(() -> DeviceMap.parse(csv("mn,ps_code,mp_code\nA,PS1,MP1\nB,,MP2\nA,PS2,MP3\n"), "devices.csv"))
                .isInstanceOf(InvalidDeviceMapException.class)
                .hasMessageContaining("devices.csv: line 3: mn, ps_code and mp_code are all required")
                .hasMessageContaining("devices.csv: line 4: device A is already mapped on line 2");
    }

    @Test
    void a_file_without_the_columns_is_refused() {
        assertThatThrownBy(() -> DeviceMap.parse(csv("device,plant\nA,PS1\n"), "devices.csv"))
                .isInstanceOf(InvalidDeviceMapException.class).hasMessageContaining("devices.csv")
                .hasMessageContaining("mp_code");
    }
}
