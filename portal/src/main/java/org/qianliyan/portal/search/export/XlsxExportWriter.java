package org.qianliyan.portal.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX rows through POI's streaming SXSSF: only a window of rows stays in memory, the rest go
 * to a temporary file that {@link #close} writes out and deletes. Excel holds at most
 * {@value #MAX_ROWS_PER_SHEET} rows a sheet, so a larger export continues on further sheets.
 */
final class XlsxExportWriter implements AutoCloseable {

    static final int MAX_ROWS_PER_SHEET = 1_048_575;
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final OutputStream out;
    private final List<String> headers;
    private Sheet sheet;
    private int rowIndex;

    XlsxExportWriter(OutputStream out, List<String> headers) {
        this.out = out;
        this.headers = headers;
        workbook.setCompressTempFiles(true);
        newSheet();
    }

    void row(List<String> cells) {
        if (rowIndex > MAX_ROWS_PER_SHEET) {
            newSheet();
        }
        write(sheet.createRow(rowIndex++), cells);
    }

    private void newSheet() {
        sheet = workbook.createSheet("search " + (workbook.getNumberOfSheets() + 1));
        rowIndex = 0;
        write(sheet.createRow(rowIndex++), headers);
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            // Excel's cell limit is 32,767 characters.
            String cell = cells.get(i);
            row.createCell(i).setCellValue(cell.length() > 32_767 ? cell.substring(0, 32_767) : cell);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
