package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseHeaderTest {

    /** The header of the national 行政处罚 export, exactly as the credit platforms publish it. */
    private static final List<String> NATIONAL = List.of("行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人",
            "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）",
            "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
            "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注");

    /** The short 双公示 header of older and provincial exports. */
    private static final List<String> OLDER = List.of("行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "违法行为类型",
            "违法事实", "处罚依据", "处罚类别", "处罚内容", "处罚金额(万元)", "处罚决定日期", "处罚机关", "数据来源");

    @Test
    void the_national_header_is_the_templates_and_is_accepted_as_it_is() {
        assertThat(CaseColumn.headers().subList(0, NATIONAL.size())).containsExactlyElementsOf(NATIONAL);
        CaseHeader header = CaseHeader.of(NATIONAL);
        assertThat(header.ignored()).isEmpty();
        assertThat(header.columnAt(10)).isEqualTo(CaseColumn.PENALTY_AMOUNT);
        assertThat(header.columnAt(11)).isEqualTo(CaseColumn.CONFISCATION_AMOUNT);
        assertThat(header.columnAt(17)).isEqualTo(CaseColumn.AUTHORITY_CODE);
        assertThat(header.columnAt(20)).isEqualTo(CaseColumn.REMARKS);
    }

    @Test
    void the_older_short_header_is_accepted() {
        CaseHeader header = CaseHeader.of(OLDER);
        assertThat(header.columnAt(8)).isEqualTo(CaseColumn.PENALTY_AMOUNT);
        assertThat(header.columnAt(11)).isEqualTo(CaseColumn.DATA_SOURCE);
    }

    @Test
    void provincial_spellings_brackets_punctuation_and_spaces_do_not_matter() {
        for (String amount : List.of("罚款金额(万元)", "罚款金额（万元）", "处罚金额（万元）", "处罚金额", "罚款金额",
                " 罚款金额 ( 万元 ) ")) {
            assertThat(CaseColumn.byHeader(amount)).as(amount).contains(CaseColumn.PENALTY_AMOUNT);
        }
        assertThat(CaseColumn.byHeader("数据来源")).contains(CaseColumn.DATA_SOURCE);
        assertThat(CaseColumn.byHeader("决定日期")).contains(CaseColumn.DECISION_DATE);
        assertThat(CaseColumn.byHeader("没收违法所得,没收非法财物的金额(万元)")).isEmpty();
        assertThat(CaseColumn.byHeader("没收违法所得、没收非法财物的金额(万元)")).contains(CaseColumn.CONFISCATION_AMOUNT);
        assertThat(CaseColumn.byHeader("\uFEFF行政相对人名称")).contains(CaseColumn.PARTY_NAME);
    }

    @Test
    void every_column_of_the_template_is_accepted_in_any_order() {
        List<String> headers = new ArrayList<>(CaseColumn.headers());
        java.util.Collections.reverse(headers);
        CaseHeader header = CaseHeader.of(headers);
        assertThat(header.columnAt(0)).isEqualTo(CaseColumn.SUPERVISION_CLOSED);
        assertThat(header.size()).isEqualTo(CaseColumn.values().length);
    }

    @Test
    void unknown_columns_are_ignored_and_listed_missing_required_ones_are_named_in_the_error() {
        List<String> headers = new ArrayList<>(NATIONAL);
        headers.add("行政相对人代码_2（工商注册号）");
        headers.add("执法机关");
        CaseHeader header = CaseHeader.of(headers);
        assertThat(header.ignored()).containsExactly("行政相对人代码_2（工商注册号）", "执法机关");
        assertThat(header.columnAt(NATIONAL.size())).isNull();

        headers.remove("处罚机关");
        headers.remove("统一社会信用代码");
        assertThatThrownBy(() -> CaseHeader.of(headers))
                .isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
                    assertThat(e.missing()).containsExactly("处罚机关");
                    assertThat(e.getMessage()).contains("missing columns 处罚机关");
                });
    }

    @Test
    void a_column_given_twice_is_named_even_under_two_spellings() {
        List<String> headers = new ArrayList<>(OLDER);
        headers.add("罚款金额（万元）");
        assertThatThrownBy(() -> CaseHeader.of(headers))
                .hasMessageContaining("duplicate columns 罚款金额（万元）");
    }

    @Test
    void the_columns_our_export_adds_are_accepted_and_ignored_so_an_export_can_be_reimported() {
        List<String> headers = new ArrayList<>(CaseColumn.headers());
        headers.addAll(CaseColumn.DERIVED_HEADERS);
        CaseHeader header = CaseHeader.of(headers);
        assertThat(header.columnAt(CaseColumn.values().length)).isNull();
        assertThat(header.ignored()).isEmpty();
    }
}
