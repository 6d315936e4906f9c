package org.qianliyan.portal.enforcement.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.enforcement.domain.EnforcementCase;
import org.qianliyan.portal.enforcement.imports.CaseImport;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;

class CaseSearchIT {

    private static EnforcementIndices indices;
    private static CaseSearch search;

    @BeforeAll
    static void importThreeCases() throws IOException {
        indices = new EnforcementIndices();
        new CaseImport(new CaseWriter(indices.client(), indices.cases()), new FacilityMatcher(List.of()))
                .run("cases-valid.csv", () -> CaseSearchIT.class.getResourceAsStream("/enforcement/cases-valid.csv"),
                        false, rows -> { });
        search = new CaseSearch(indices.client(), indices.cases());
    }

    @AfterAll
    static void deleteIndices() throws IOException {
        indices.close();
    }

    private static List<String> numbers(CaseQuery query) {
        return search.search(query).cases().stream().map(EnforcementCase::decisionNumber).toList();
    }

    @Test
    void the_list_is_newest_first_with_facet_counts() {
        CasePage page = search.search(CaseQuery.all());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.cases()).extracting(EnforcementCase::decisionNumber)
                .containsExactly("锡环罚[2024]3号", "常环罚〔2023〕12号", "杭环罚〔2023〕7号");
        assertThat(page.facets().get(CaseFacet.PROVINCE))
                .containsExactly(new FacetBucket("江苏省", 2), new FacetBucket("浙江省", 1));
        assertThat(page.facets().get(CaseFacet.YEAR))
                .containsExactlyInAnyOrder(new FacetBucket("2023", 2), new FacetBucket("2024", 1));
        assertThat(page.facets().get(CaseFacet.STATUS)).extracting(FacetBucket::value)
                .containsExactlyInAnyOrder("CLOSED", "ISSUED", "DECIDED");
    }

    @Test
    void a_facet_selection_and_amount_order_narrow_and_sort_the_list() {
        CaseQuery jiangsu = CaseQuery.all().withFilter(CaseFacet.PROVINCE, "江苏省");
        assertThat(numbers(jiangsu)).containsExactly("锡环罚[2024]3号", "常环罚〔2023〕12号");
        assertThat(numbers(CaseQuery.all().withSort(CaseSort.AMOUNT_DESC)))
                .containsExactly("杭环罚〔2023〕7号", "常环罚〔2023〕12号", "锡环罚[2024]3号");
        assertThat(numbers(CaseQuery.all().withFilter(CaseFacet.BAND, "FROM_100K_TO_1M")))
                .containsExactly("杭环罚〔2023〕7号");
    }

    @Test
    void text_search_matches_an_exact_phrase_of_the_name_or_facts() {
        assertThat(numbers(CaseQuery.all().withText("再生能源"))).containsExactly("杭环罚〔2023〕7号");
        assertThat(numbers(CaseQuery.all().withText("环评"))).containsExactly("锡环罚[2024]3号");
        assertThat(numbers(CaseQuery.all().withText("能再生"))).isEmpty();
    }

    @Test
    void the_csv_export_has_a_byte_order_mark_and_the_listed_rows() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CaseCsv csv = new CaseCsv(bytes)) {
            assertThat(search.export(CaseQuery.all().withFilter(CaseFacet.PROVINCE, "江苏省"), csv::write)).isEqualTo(2);
        }
        byte[] raw = bytes.toByteArray();
        assertThat(raw[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).startsWith("\uFEFF行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,")
                .contains(",罚款金额（万元）,没收违法所得、没收非法财物的金额（万元）,");
        assertThat(text).contains("锡环罚[2024]3号").contains(",5,,,2023-12-02,").contains("\"2023年11月2日颗粒物日均值超标,超过排放限值\"");
    }

    @Test
    void a_case_is_read_by_its_id_and_statistics_sum_fines_by_year_and_province() {
        EnforcementCase any = search.search(CaseQuery.all()).cases().get(0);
        assertThat(search.byId(any.id())).contains(any);
        assertThat(search.byId("no-such-id")).isEmpty();
        var breakdown = new CaseStatistics(indices.client(), indices.cases()).breakdown();
        assertThat(breakdown.byYear()).extracting(CaseStatistics.Tally::key).containsExactly("2023", "2024");
        assertThat(breakdown.byYear().get(0).fineYuan()).isEqualByComparingTo("250000");
        assertThat(breakdown.byProvince().get(0)).isEqualTo(
                new CaseStatistics.Tally("江苏省", 2, new java.math.BigDecimal("5E+4")));
    }

    @Test
    void query_parameters_round_trip_and_bad_ones_are_named() {
        CaseQuery query = CaseQuery.fromParameters(Map.of("province", List.of("江苏省"), "sort", List.of("amount-desc"),
                "page", List.of("2")));
        assertThat(CaseQuery.fromParameters(query.toParameters().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
                .isEqualTo(query);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseQuery.fromParameters(Map.of("band", List.of("huge"))))
                .hasMessageStartingWith("parameter 'band' cannot be 'huge' (expected one of NO_FINE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseQuery.fromParameters(Map.of("colour", List.of("x"))))
                .hasMessage("unknown parameter 'colour'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseQuery.fromParameters(Map.of("page", List.of("500"))))
                .hasMessageStartingWith("page 500 is beyond the first 10000 cases");
    }
}
