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
    void parenthesised_locations_are_dropped_from_the_aliases() {
        assertThat(FacilityShortNames.derive("光大城乡再生能源（灌云）有限公司"))
                .contains("光大城乡再生能源有限公司", "光大城乡再生能源", "光大城乡")
                .noneMatch(alias -> alias.contains("灌云"));
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
