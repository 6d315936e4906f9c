package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CaseRowParserTest {

    static Map<CaseColumn, String> validRow() {
        Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
        row.put(CaseColumn.PARTY_NAME, "示例环保能源（常州）有限公司");
        row.put(CaseColumn.CREDIT_CODE, "91320400MA1MXXXX0" + CreditCode.checkCharacter("91320400MA1MXXXX0"));
        row.put(CaseColumn.DECISION_NUMBER, "常环罚〔2023〕12号");
        row.put(CaseColumn.VIOLATION_TYPE, "超标排放大气污染物");
        row.put(CaseColumn.PENALTY_AMOUNT, "5万元");
        row.put(CaseColumn.DECISION_DATE, "2023年12月2日");
        row.put(CaseColumn.AUTHORITY, "常州市生态环境局");
        row.put(CaseColumn.PROVINCE, "江苏省");
        return row;
    }

    @Test
    void a_valid_row_becomes_a_case_with_normalised_values() {
        var parsed = CaseRowParser.parse(validRow());
        assertThat(parsed.problems()).isEmpty();
        EnforcementCase value = parsed.value().orElseThrow();
        assertThat(value.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("50000");
        assertThat(value.decisionDate()).isEqualTo(LocalDate.of(2023, 12, 2));
        assertThat(value.region().province()).isEqualTo("江苏省");
        assertThat(value.penaltyBand()).isEqualTo(PenaltyBand.FROM_10K_TO_100K);
        assertThat(value.supervision()).isEmpty();
    }

    @Test
    void every_problem_of_a_row_is_reported_not_only_the_first() {
        Map<CaseColumn, String> row = validRow();
        row.put(CaseColumn.PENALTY_AMOUNT, "5美元");
        row.put(CaseColumn.DECISION_DATE, "12/02/2023");
        row.remove(CaseColumn.AUTHORITY);
        var parsed = CaseRowParser.parse(row);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problems()).extracting(InvalidFieldException::field)
                .containsExactlyInAnyOrder("处罚机关", "罚款金额（万元）", "处罚决定日期");
    }

    @Test
    void a_bare_amount_in_the_schema_column_is_in_ten_thousand_yuan() {
        Map<CaseColumn, String> row = validRow();
        row.put(CaseColumn.PENALTY_AMOUNT, "3.5");
        assertThat(CaseRowParser.parse(row).value().orElseThrow().penaltyAmount().orElseThrow().yuan())
                .isEqualByComparingTo("35000");
    }

    @Test
    void supervision_columns_become_an_order_with_its_status_history() {
        Map<CaseColumn, String> row = validRow();
        row.put(CaseColumn.SUPERVISION_KIND, "挂牌督办");
        row.put(CaseColumn.SUPERVISION_NUMBER, "苏环督〔2023〕3号");
        row.put(CaseColumn.SUPERVISION_ISSUED, "2023-12-05");
        row.put(CaseColumn.SUPERVISION_RECTIFYING, "2023/12/10");
        SupervisionOrder order = CaseRowParser.parse(row).value().orElseThrow().supervision().orElseThrow();
        assertThat(order.kind()).isEqualTo(SupervisionKind.LISTED_SUPERVISION);
        assertThat(order.history()).extracting(CaseStatusChange::status)
                .containsExactly(SupervisionStatus.ISSUED, SupervisionStatus.RECTIFYING);
        assertThat(order.currentStatus()).isEqualTo(SupervisionStatus.RECTIFYING);
    }

    @Test
    void a_supervision_closed_before_it_was_issued_is_rejected() {
        Map<CaseColumn, String> row = validRow();
        row.put(CaseColumn.SUPERVISION_KIND, "电子督办单");
        row.put(CaseColumn.SUPERVISION_ISSUED, "2023-12-05");
        row.put(CaseColumn.SUPERVISION_CLOSED, "2023-11-01");
        assertThat(CaseRowParser.parse(row).problems()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("cannot be dated before"));
    }

    @Test
    void an_unknown_supervision_kind_or_a_missing_issue_date_is_rejected() {
        Map<CaseColumn, String> row = validRow();
        row.put(CaseColumn.SUPERVISION_KIND, "约谈");
        assertThat(CaseRowParser.parse(row).problems()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("expected 挂牌督办 or 电子督办单"));
        row.put(CaseColumn.SUPERVISION_KIND, "挂牌督办");
        assertThat(CaseRowParser.parse(row).problems()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("督办下达日期"));
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_rejected() {
        Map<CaseColumn, String> row = validRow();
        String good = row.get(CaseColumn.CREDIT_CODE);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        row.put(CaseColumn.CREDIT_CODE, good.substring(0, 17) + wrong);
        assertThat(CaseRowParser.parse(row).problems()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("check character does not match"));
    }
}
