package org.qianliyan.portal.enforcement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseId;
import org.qianliyan.portal.enforcement.domain.InvalidHeaderException;
import org.qianliyan.portal.enforcement.domain.LinkBasis;
import org.qianliyan.portal.incinerator.facility.FacilityLookup;
import org.qianliyan.portal.incinerator.store.IndexedFacilityLookup;
import org.qianliyan.portal.enforcement.linking.FacilityMatcher;
import org.qianliyan.portal.enforcement.store.CaseDocuments;
import org.qianliyan.portal.enforcement.store.CaseFields;
import org.qianliyan.portal.enforcement.store.CaseWriter;
import org.qianliyan.portal.enforcement.support.EnforcementIndices;

class CaseImportIT {

    private EnforcementIndices indices;

    @BeforeEach
    void createIndices() throws IOException {
        indices = new EnforcementIndices();
        // One plant known by its credit code, one only by name and region.
        indices.client().index(i -> i.index(indices.facilities()).id("plant-changzhou")
                .document(Map.of("name", "示例环保能源(常州)有限公司", "credit_code", "91320400MA1MXAAA00",
                        "province", "江苏省", "city", "常州市")));
        indices.client().index(i -> i.index(indices.facilities()).id("plant-wuxi")
                .document(Map.of("name", "示例热电有限公司", "province", "江苏省", "city", "无锡市")));
        indices.client().index(i -> i.index(indices.facilities()).id("plant-other-wuxi")
                .document(Map.of("name", "示例热电有限公司", "province", "广东省", "city", "佛山市")));
        indices.client().indices().refresh(r -> r.index(indices.facilities()));
    }

    @AfterEach
    void deleteIndices() throws IOException {
        indices.close();
    }

    private ImportReport importResource(String name, boolean skipInvalid) throws IOException {
        return importer().run(name, () -> resource(name), skipInvalid, rows -> { });
    }

    private CaseImport importer() throws IOException {
        FacilityLookup directory = new IndexedFacilityLookup(indices.client(), indices.facilities());
        return new CaseImport(new CaseWriter(indices.client(), indices.cases()), new FacilityMatcher(directory.all()));
    }

    private static InputStream resource(String name) {
        return CaseImportIT.class.getResourceAsStream("/enforcement/" + name);
    }

    private ObjectNode stored(String decisionNumber, String authority) throws IOException {
        return indices.client().get(g -> g.index(indices.cases()).id(CaseId.of(decisionNumber, authority)),
                ObjectNode.class).source();
    }

    @Test
    void a_valid_csv_is_imported_normalised_and_linked_to_facilities() throws IOException {
        ImportReport report = importResource("cases-valid.csv", false);

        assertThat(report.written()).isEqualTo(3);
        assertThat(report.problemCount()).isZero();
        assertThat(indices.count(indices.cases())).isEqualTo(3);
        var changzhou = CaseDocuments.fromDocument(stored("常环罚〔2023〕12号", "常州市生态环境局"));
        assertThat(changzhou.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("50000");
        assertThat(changzhou.facility().facilityId()).isEqualTo("plant-changzhou");
        assertThat(changzhou.facility().basis()).isEqualTo(LinkBasis.CREDIT_CODE);
        assertThat(changzhou.supervision().orElseThrow().history()).hasSize(3);
        var wuxi = CaseDocuments.fromDocument(stored("锡环罚[2024]3号", "无锡市生态环境局"));
        assertThat(wuxi.facility().facilityId()).isEqualTo("plant-wuxi");
        assertThat(wuxi.facility().basis()).isEqualTo(LinkBasis.NAME_AND_REGION);
        var hangzhou = CaseDocuments.fromDocument(stored("杭环罚〔2023〕7号", "杭州市生态环境局"));
        assertThat(hangzhou.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("200000");
        assertThat(hangzhou.facility().basis()).isEqualTo(LinkBasis.NONE);
        assertThat(report.links()).containsEntry(LinkBasis.CREDIT_CODE, 1L).containsEntry(LinkBasis.NONE, 1L);
    }

    @Test
    void importing_the_same_file_twice_leaves_one_copy_of_each_case() throws IOException {
        importResource("cases-valid.csv", false);
        importResource("cases-valid.csv", false);
        importResource("cases.json", false);
        assertThat(indices.count(indices.cases())).isEqualTo(3);
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_names_line_field_and_reason() throws IOException {
        ImportReport report = importResource("cases-with-bad-rows.csv", false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.written()).isZero();
        assertThat(indices.count(indices.cases())).isZero();
        assertThat(report.problems()).extracting(RowProblem::toString).containsExactlyInAnyOrder(
                "line 3: 罚款金额（万元） \"20美元\": unknown unit \"美元\" (expected 元, 万元 or 亿元)",
                "line 3: 处罚决定日期 \"15/08/2023\": not a date (expected 2023年12月2日, 2023-12-02, 2023/12/2 or 2023.12.02)",
                "line 4: 行政处罚决定书文号 \"\": a value is required");
    }

    @Test
    void with_skip_invalid_the_good_rows_are_imported_and_the_bad_ones_reported() throws IOException {
        ImportReport report = importResource("cases-with-bad-rows.csv", true);

        assertThat(report.rejected()).isFalse();
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(indices.count(indices.cases())).isEqualTo(1);
    }

    @Test
    void a_file_that_breaks_off_writes_nothing_even_when_skipping_invalid_rows() throws IOException {
        byte[] csv = ("行政相对人名称,行政处罚决定书文号,处罚决定日期,处罚机关\n"
                + "示例热电有限公司,锡环罚[2024]3号,2024-01-09,无锡市生态环境局\n"
                + "示例热电有限公司,\"锡环罚[2024]4号,2024-01-10,无锡市生态环境局\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer().run("broken.csv", () -> new java.io.ByteArrayInputStream(csv), true, rows -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("line 3");
        assertThat(indices.count(indices.cases())).isZero();
    }

    @Test
    void a_csv_with_a_byte_order_mark_crlf_and_a_line_break_in_a_quoted_field_is_imported_as_written()
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.utf8(bytes)) {
            csv.row(List.of("行政相对人名称", "行政处罚决定书文号", "违法事实", "处罚决定日期", "处罚机关"))
                    .row(List.of("示例热电有限公司", "锡环罚[2024]5号", "项目未经环评批准,\r\n擅自开工建设", "2024-01-11", "无锡市生态环境局"));
        }
        assertThat(bytes.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);

        ImportReport report = importer().run("bom.csv", () -> new java.io.ByteArrayInputStream(bytes.toByteArray()), false,
                rows -> { });

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isEqualTo(1);
        ObjectNode stored = stored("锡环罚[2024]5号", "无锡市生态环境局");
        assertThat(stored.get(CaseFields.PARTY_NAME).asText()).isEqualTo("示例热电有限公司");
        assertThat(stored.toString()).contains("项目未经环评批准,\\r\\n擅自开工建设");
    }

    @Test
    void a_gbk_csv_as_excel_saves_it_is_read() throws IOException {
        assertThat(importResource("cases-gbk.csv", false).written()).isEqualTo(1);
        assertThat(stored("锡环罚[2024]3号", "无锡市生态环境局").get("party_name").asText()).isEqualTo("示例热电 有限公司");
    }

    @Test
    void a_missing_required_column_stops_the_import_before_any_row_naming_it() throws IOException {
        assertThatThrownBy(() -> importResource("cases-unknown-columns.csv", false))
                .isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
                    assertThat(e.unknown()).containsExactly("执法机关");
                    assertThat(e.missing()).containsExactly("处罚机关");
                });
        assertThat(indices.count(indices.cases())).isZero();
    }

    @Test
    void a_national_export_imports_as_it_is_keeping_its_further_columns_and_ignoring_unknown_ones() throws IOException {
        ImportReport report = importResource("cases-national.csv", false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isEqualTo(3);
        assertThat(report.ignoredColumns()).containsExactly("行政相对人代码_2（工商注册号）");
        var shenzhen = CaseDocuments.fromDocument(stored("深环罚〔2024〕215号", "深圳市生态环境局"));
        assertThat(shenzhen.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("200000");
        assertThat(shenzhen.decisionDate()).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(shenzhen.dataSource()).isEqualTo("深圳市生态环境局");
        assertThat(shenzhen.details().partyCategory()).isEqualTo("法人及非法人组织");
        assertThat(shenzhen.details().legalRepresentative()).isEqualTo("王某某");
        assertThat(shenzhen.details().validUntil()).isEqualTo("2025-04-18");
        assertThat(shenzhen.details().publicUntil()).isEqualTo("2027-04-18");
        assertThat(shenzhen.details().authorityCode()).hasSize(18);
        var nanning = CaseDocuments.fromDocument(stored("南环罚字〔2023〕88号", "南宁市生态环境局"));
        assertThat(nanning.details().confiscationAmount().orElseThrow().yuan()).isEqualByComparingTo("12000");
        assertThat(nanning.details().remarks()).isEqualTo("已缴纳罚款");
        assertThat(nanning.dataSource()).isEqualTo("广西壮族自治区生态环境厅");
        assertThat(nanning.region().province()).isEqualTo("广西壮族自治区");
        var baotou = CaseDocuments.fromDocument(stored("包环罚决字〔2024〕17号", "包头市生态环境局"));
        assertThat(baotou.details().validUntil()).isEqualTo("长期");
        assertThat(baotou.details().licence()).startsWith("排污许可证");
        assertThat(stored("包环罚决字〔2024〕17号", "包头市生态环境局").get("confiscation_yuan")).isNull();
    }

    @Test
    void a_json_file_with_unknown_keys_is_imported_with_the_keys_listed() throws IOException {
        String json = "[{\"行政相对人名称\":\"示例热电有限公司\",\"行政处罚决定书文号\":\"锡环罚[2024]3号\","
                + "\"决定日期\":\"2024-01-09\",\"处罚机关\":\"无锡市生态环境局\",\"罚款金额\":\"2\",\"数据来源\":\"x\","
                + "\"省份\":\"江苏\",\"案件状态\":\"已结案\"}]";
        ImportReport report = importer().run("cases.json",
                () -> new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false,
                rows -> { });
        assertThat(report.written()).isEqualTo(1);
        assertThat(report.ignoredColumns()).containsExactly("案件状态");
        var stored = CaseDocuments.fromDocument(stored("锡环罚[2024]3号", "无锡市生态环境局"));
        assertThat(stored.region().province()).isEqualTo("江苏省");
        assertThat(stored.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("20000");
    }

    @Test
    void a_json_array_keyed_by_the_chinese_headers_is_imported() throws IOException {
        ImportReport report = importResource("cases.json", false);
        assertThat(report.written()).isEqualTo(2);
        assertThat(stored("锡环罚[2024]3号", "无锡市生态环境局").get("decision_date").asText()).isEqualTo("2024-01-09");
    }

    @Test
    void an_xlsx_with_date_and_number_cells_is_imported() throws IOException {
        Path file = Files.createTempFile("cases", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("处罚");
            Row header = sheet.createRow(0);
            List<String> headers = CaseColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(CaseColumn.PARTY_NAME.ordinal()).setCellValue("示例热电有限公司");
            row.createCell(CaseColumn.DECISION_NUMBER.ordinal()).setCellValue("锡环罚[2024]3号");
            row.createCell(CaseColumn.PENALTY_AMOUNT.ordinal()).setCellValue(12.5);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            var date = row.createCell(CaseColumn.DECISION_DATE.ordinal());
            date.setCellValue(LocalDate.of(2024, 1, 9));
            date.setCellStyle(dateStyle);
            row.createCell(CaseColumn.AUTHORITY.ordinal()).setCellValue("无锡市生态环境局");
            row.createCell(CaseColumn.PROVINCE.ordinal()).setCellValue("江苏省");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.write(file, bytes.toByteArray());
        }
        try {
            ImportReport report = importer().run("cases.xlsx", () -> Files.newInputStream(file), false, rows -> { });
            assertThat(report.problems()).isEmpty();
            var stored = CaseDocuments.fromDocument(stored("锡环罚[2024]3号", "无锡市生态环境局"));
            assertThat(stored.decisionDate()).isEqualTo(LocalDate.of(2024, 1, 9));
            assertThat(stored.penaltyAmount().orElseThrow().yuan()).isEqualByComparingTo("125000");
            assertThat(stored.facility().basis()).isEqualTo(LinkBasis.NAME_AND_REGION);
        } finally {
            Files.delete(file);
        }
    }
}
