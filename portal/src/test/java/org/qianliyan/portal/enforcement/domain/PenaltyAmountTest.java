package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyAmountTest {

    private static final String FIELD = "处罚金额(万元)";

    private static BigDecimal yuan(String text, PenaltyAmount.BareUnit unit) {
        return PenaltyAmount.parse(FIELD, text, unit).orElseThrow().yuan();
    }

    @ParameterizedTest(name = "{0} is {1} yuan")
    @CsvSource(delimiter = '|', value = {
            "5万元|50000", "50000元|50000", "5.0万|50000", "伍万元|50000", "50,000元|50000",
            "５万元|50000", "3.5万元|35000", "1.2亿元|120000000", "0元|0", "12.5元|12.5",
            "壹拾贰万叁仟元整|123000", "十万元|100000", "拾万元|100000", "十二万元|120000",
            "贰佰元|200", "壹万零伍佰元|10500", "壹亿贰仟万元|120000000", "两万元|20000",
            "伍万|50000", "人民币5万元|50000", "5 万元|50000", "壹佰零伍万元整|1050000"})
    void amounts_in_the_common_forms_are_normalised_to_yuan(String text, String expected) {
        assertThat(yuan(text, PenaltyAmount.BareUnit.YUAN)).isEqualByComparingTo(expected);
    }

    @Test
    void a_bare_number_in_the_schema_column_means_ten_thousand_yuan() {
        assertThat(yuan("5", PenaltyAmount.BareUnit.TEN_THOUSAND_YUAN)).isEqualByComparingTo("50000");
        assertThat(yuan("0.5", PenaltyAmount.BareUnit.TEN_THOUSAND_YUAN)).isEqualByComparingTo("5000");
    }

    @Test
    void a_bare_number_in_free_text_means_yuan() {
        assertThat(yuan("50000", PenaltyAmount.BareUnit.YUAN)).isEqualByComparingTo("50000");
    }

    @Test
    void a_blank_amount_is_no_fine() {
        assertThat(PenaltyAmount.parse(FIELD, "  ", PenaltyAmount.BareUnit.YUAN)).isEmpty();
        assertThat(PenaltyAmount.parse(FIELD, null, PenaltyAmount.BareUnit.YUAN)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected because: {1}")
    @CsvSource(delimiter = '|', value = {
            "5美元|unknown unit \"美元\"",
            "-5万元|negative amount",
            "五五万元|two digits without a unit between them",
            "伍万角|not an amount in 元",
            "大约五万|unexpected character \"大\"",
            "元|no number before the unit",
            "佰元|unit 佰 without a digit before it",
            "5..0万|unknown unit",
            "罚款|not an amount in 元"})
    void anything_else_is_rejected_with_the_reason(String text, String reason) {
        assertThatThrownBy(() -> PenaltyAmount.parse(FIELD, text, PenaltyAmount.BareUnit.YUAN))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(FIELD);
                    assertThat(e.value()).isEqualTo(text);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void the_amount_in_ten_thousand_yuan_is_what_the_schema_column_shows() {
        assertThat(PenaltyAmount.ofYuan(35_000).tenThousandYuan()).isEqualByComparingTo("3.5");
        assertThat(PenaltyAmount.ofYuan(35_000).tenThousandYuan().toPlainString()).isEqualTo("3.5");
        assertThat(PenaltyAmount.ofYuan(100_000).tenThousandYuan().toPlainString()).isEqualTo("10");
    }

    @Test
    void equal_amounts_written_differently_are_equal() {
        assertThat(PenaltyAmount.parse(FIELD, "5.0万", PenaltyAmount.BareUnit.YUAN))
                .isEqualTo(PenaltyAmount.parse(FIELD, "伍万元", PenaltyAmount.BareUnit.YUAN));
    }
}
