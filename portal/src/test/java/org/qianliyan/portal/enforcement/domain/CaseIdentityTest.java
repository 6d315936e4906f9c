package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseIdentityTest {

    @Test
    void the_same_decision_written_with_other_brackets_or_spaces_has_the_same_id() {
        assertThat(CaseId.of("常环罚〔2023〕12号", "常州市生态环境局"))
                .isEqualTo(CaseId.of("常环罚[2023]12号", " 常州市生态环境局"))
                .isEqualTo(CaseId.of("常环罚（2023）12 号", "常州市生态环境局"));
    }

    @Test
    void the_same_number_from_another_authority_is_another_case() {
        assertThat(CaseId.of("环罚〔2023〕1号", "常州市生态环境局"))
                .isNotEqualTo(CaseId.of("环罚〔2023〕1号", "无锡市生态环境局"));
    }

    @Test
    void company_names_lose_legal_forms_brackets_and_width_but_keep_the_bracketed_place() {
        assertThat(CompanyNameKey.of("光大环保能源（常州）有限公司")).isEqualTo("光大环保能源常州");
        assertThat(CompanyNameKey.of("光大环保能源(常州) 有限责任公司")).isEqualTo("光大环保能源常州");
        assertThat(CompanyNameKey.of("某某环境股份有限公司")).isEqualTo("某某环境");
        assertThat(CompanyNameKey.of("ＡＢＣ环保 股份 有限公司")).isEqualTo("ABC环保");
    }

    @Test
    void a_valid_credit_code_is_folded_and_upper_cased() {
        String code = "91320400MA1MXXXX0" + CreditCode.checkCharacter("91320400MA1MXXXX0");
        assertThat(CreditCode.parse("统一社会信用代码", code.toLowerCase())).contains(code);
        assertThat(CreditCode.parse("统一社会信用代码", "")).isEmpty();
    }

    @Test
    void the_check_characters_of_published_codes_are_reproduced() {
        // Published codes of 华为技术有限公司, 深圳市腾讯计算机系统有限公司 and 阿里巴巴(中国)有限公司.
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        assertThat(CreditCode.checkCharacter("9144030071526726X")).isEqualTo('G');
        assertThat(CreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
    }
}
