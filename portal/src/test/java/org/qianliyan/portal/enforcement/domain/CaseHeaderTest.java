package org.qianliyan.portal.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseHeaderTest {

    @Test
    void every_column_of_the_template_is_accepted_in_any_order() {
        List<String> headers = new ArrayList<>(CaseColumn.headers());
        java.util.Collections.reverse(headers);
        CaseHeader header = CaseHeader.of(headers);
        assertThat(header.columnAt(0)).isEqualTo(CaseColumn.SUPERVISION_CLOSED);
        assertThat(header.size()).isEqualTo(CaseColumn.values().length);
    }

    @Test
    void the_schema_columns_alone_are_enough() {
        List<String> headers = CaseColumn.headers().subList(0, 12);
        assertThat(CaseHeader.of(headers).columnAt(11)).isEqualTo(CaseColumn.DATA_SOURCE);
    }

    @Test
    void full_width_brackets_spaces_and_a_byte_order_mark_do_not_matter() {
        List<String> headers = new ArrayList<>(CaseColumn.headers().subList(0, 12));
        headers.set(0, "\uFEFF行政相对人名称");
        headers.set(8, "处罚金额（万元）");
        headers.set(11, " 数据来源 ");
        assertThat(CaseHeader.of(headers).columnAt(8)).isEqualTo(CaseColumn.PENALTY_AMOUNT);
    }

    @Test
    void unknown_and_missing_columns_are_named_in_the_error() {
        List<String> headers = new ArrayList<>(CaseColumn.headers().subList(0, 12));
        headers.remove("处罚机关");
        headers.remove("统一社会信用代码");
        headers.add("罚款金额");
        headers.add("备注");
        assertThatThrownBy(() -> CaseHeader.of(headers))
                .isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
                    assertThat(e.unknown()).containsExactly("罚款金额", "备注");
                    assertThat(e.missing()).containsExactly("统一社会信用代码", "处罚机关");
                    assertThat(e.getMessage())
                            .isEqualTo("header row: unknown columns 罚款金额, 备注; missing columns 统一社会信用代码, 处罚机关");
                });
    }

    @Test
    void a_column_given_twice_is_named() {
        List<String> headers = new ArrayList<>(CaseColumn.headers().subList(0, 12));
        headers.add("处罚机关");
        assertThatThrownBy(() -> CaseHeader.of(headers)).hasMessage("header row: duplicate columns 处罚机关");
    }

    @Test
    void the_columns_our_export_adds_are_accepted_and_ignored_so_an_export_can_be_reimported() {
        List<String> headers = new ArrayList<>(CaseColumn.headers());
        headers.addAll(CaseColumn.DERIVED_HEADERS);
        CaseHeader header = CaseHeader.of(headers);
        assertThat(header.columnAt(CaseColumn.values().length)).isNull();
    }
}
