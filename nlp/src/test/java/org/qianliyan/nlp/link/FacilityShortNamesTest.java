package org.qianliyan.nlp.link;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacilityShortNamesTest {

    @Test
    void descriptors_and_legal_form_are_stripped_down_to_the_place_and_brand() {
        assertThat(FacilityShortNames.derive("金乡盛运环保电力有限公司")).containsExactly("金乡盛运环保电力", "金乡盛运");
        assertThat(FacilityShortNames.derive("朝阳康恒再生能源有限公司")).contains("朝阳康恒");
    }

    @Test
    void a_parenthesised_locality_moves_in_front_of_the_brand() {
        assertThat(FacilityShortNames.derive("光大城乡再生能源（灌云）有限公司"))
                .contains("光大城乡再生能源有限公司", "光大城乡再生能源", "光大城乡", "灌云光大城乡再生能源")
                .doesNotContain("光大城乡再生能源（灌云）");
    }

    @Test
    void the_place_in_front_may_lose_its_suffix_or_be_left_out() {
        assertThat(FacilityShortNames.derive("泉州市圣元环保电力有限公司")).contains("泉州圣元环保电力", "泉州圣元");
        assertThat(FacilityShortNames.derive("北京南宫生物质能源有限公司", java.util.List.of("北京", "北京市")))
                .contains("南宫生物质能源");
    }

    @Test
    void a_brand_with_a_descriptor_names_a_group_and_is_no_alias() {
        assertThat(FacilityShortNames.derive("光大环境能源（杭州富阳）有限公司")).doesNotContain("光大环境");
    }

    @Test
    void aliases_shorter_than_four_chars_are_not_derived() {
        assertThat(FacilityShortNames.derive("光大环保能源有限公司")).doesNotContain("光大").contains("光大环保能源");
    }

    @Test
    void full_width_and_traditional_forms_are_normalised() {
        assertThat(FacilityShortNames.derive("金鄉盛運環保電力有限公司")).contains("金乡盛运");
    }
}
