package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionDateTest {

    @ParameterizedTest(name = "{0} is 2 December 2023")
    @ValueSource(strings = {"2023年12月2日", "2023年12月02日", "2023 年 12 月 2 日", "2023-12-02", "2023-12-2",
            "2023/12/2", "2023/12/02", "2023.12.02", "2023.12.2", "２０２３年１２月２日", " 2023-12-02 "})
    void the_common_chinese_formats_are_read(String text) {
        assertThat(DecisionDate.parse("处罚决定日期", text)).isEqualTo(LocalDate.of(2023, 12, 2));
    }

    @ParameterizedTest(name = "{0} is rejected because: {1}")
    @CsvSource(delimiter = '|', value = {
            "12/02/2023|not a date", "20231202|not a date", "2023年12月|not a date", "2023-12/02|not a date",
            "二〇二三年十二月二日|not a date", "2023-02-30|no such day", "2023年13月1日|no such day",
            "yesterday|not a date"})
    void other_forms_are_rejected_with_the_reason(String text, String reason) {
        assertThatThrownBy(() -> DecisionDate.parse("处罚决定日期", text))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.reason()).startsWith(reason);
                    assertThat(e.getMessage()).contains("处罚决定日期").contains(text);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_blank_date_is_rejected_as_required(String text) {
        assertThatThrownBy(() -> DecisionDate.parse("处罚决定日期", text))
                .hasMessageContaining("a date is required");
    }
}
