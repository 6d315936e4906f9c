package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.enforcement.domain.CaseColumn;

/**
 * The import templates: the national 行政处罚 header followed by our region, source and
 * supervision columns, and one filled-in example row, in
 * CSV (UTF-8 with BOM, for Excel) and XLSX. The example shows each accepted form once.
 */
public final class CaseTemplates {

    private static final List<String> EXAMPLE = List.of(
            "示例环保能源(某市)有限公司", "法人及非法人组织", "91320400MA1MXAAA00", "张某", "某环罚〔2024〕1号",
            "超标排放大气污染物", "2024年1月2日颗粒物日均值超过排放限值", "《中华人民共和国大气污染防治法》第九十九条第二项",
            "罚款", "罚款人民币伍万元", "5", "0", "", "2024年1月15日", "2025-01-15", "2027-01-15", "某市生态环境局",
            "11320400MB0000000X", "某市生态环境局", "11320400MB0000000X", "", "江苏省", "某市", "某区",
            "https://example.gov.cn/xzcf/1.html", "挂牌督办", "某环督〔2024〕1号", "江苏省生态环境厅", "2024-01-20",
            "2024-02-01", "");

    private CaseTemplates() {
    }

    public static void writeCsv(OutputStream out) {
        try (CsvWriter csv = CsvWriter.utf8(out)) {
            csv.row(CaseColumn.headers()).row(EXAMPLE);
        }
    }

    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("执法案件");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<String> headers = CaseColumn.headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(out);
        }
    }
}
