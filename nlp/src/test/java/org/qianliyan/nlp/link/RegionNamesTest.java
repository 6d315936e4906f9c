package org.qianliyan.nlp.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void provincesGetTheirFullOfficialNames() {
        assertThat(RegionNames.province("广东")).isEqualTo("广东省");
        assertThat(RegionNames.province("广西")).isEqualTo("广西壮族自治区");
        assertThat(RegionNames.province("内蒙古")).isEqualTo("内蒙古自治区");
        assertThat(RegionNames.province("北京")).isEqualTo("北京市");
        assertThat(RegionNames.province(" 广东省 ")).isEqualTo("广东省");
        assertThat(RegionNames.province("")).isEmpty();
        assertThat(RegionNames.province("火星")).isEqualTo("火星");
    }

    @Test
    void citiesGetTheirFullOfficialNames() {
        assertThat(RegionNames.city("广东", "深圳")).isEqualTo("深圳市");
        assertThat(RegionNames.city("广东省", "广州")).isEqualTo("广州市");
        assertThat(RegionNames.city("广东省", "深圳市")).isEqualTo("深圳市");
        assertThat(RegionNames.city("北京", "北京")).isEqualTo("北京市");
        assertThat(RegionNames.city("湖北", "恩施州")).isEqualTo("恩施土家族苗族自治州");
        assertThat(RegionNames.city("青海省", "海南")).isEqualTo("海南藏族自治州");
        assertThat(RegionNames.city("内蒙古", "锡林郭勒")).isEqualTo("锡林郭勒盟");
        assertThat(RegionNames.city("吉林省", "吉林")).isEqualTo("吉林市");
        assertThat(RegionNames.city("北京市", "市辖区")).isEqualTo("市辖区");
    }

    @Test
    void everySpellingOfARegionIsKnown() {
        assertThat(RegionNames.provinceSpellings("广东")).contains("广东省", "广东");
        assertThat(RegionNames.provinceSpellings("广东省")).containsExactlyElementsOf(RegionNames.provinceSpellings("广东"));
        assertThat(RegionNames.citySpellings("广东", "深圳市")).containsExactly("深圳市", "深圳");
    }
}
