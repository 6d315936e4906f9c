package org.qianliyan.portal.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

import org.qianliyan.portal.csv.CsvWriter;
import org.qianliyan.portal.search.SearchExport;

/**
 * The two file formats of a search export and the one way each is written, used alike by the
 * streamed API ({@code /api/v1/search.csv}, {@code .xlsx}) and by the page's background export.
 */
public enum ExportFormat {

    CSV("csv", "text/csv;charset=UTF-8") {
        @Override
        public long write(SearchExport.Prepared prepared, OutputStream out, String baseUrl, LongConsumer rowsWritten) {
            try (CsvWriter csv = CsvWriter.utf8(out)) {
                csv.row(ExportColumns.HEADERS);
                long[] rows = {0};
                prepared.forEach(hit -> {
                    csv.row(ExportColumns.cells(hit, baseUrl));
                    rowsWritten.accept(++rows[0]);
                });
                return rows[0];
            }
        }
    },
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        public long write(SearchExport.Prepared prepared, OutputStream out, String baseUrl, LongConsumer rowsWritten)
                throws IOException {
            try (XlsxExportWriter xlsx = new XlsxExportWriter(out, ExportColumns.HEADERS)) {
                long[] rows = {0};
                prepared.forEach(hit -> {
                    xlsx.row(ExportColumns.cells(hit, baseUrl));
                    rowsWritten.accept(++rows[0]);
                });
                return rows[0];
            }
        }
    };

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /**
     * Writes the header and every row of {@code prepared} to {@code out}, telling {@code rowsWritten}
     * the count after each row (an exception it throws stops the export there); relative portal links
     * become absolute against {@code baseUrl}. The stream stays open.
     *
     * @return the rows written
     */
    public abstract long write(SearchExport.Prepared prepared, OutputStream out, String baseUrl, LongConsumer rowsWritten)
            throws IOException;

    /** @return the file name extension and the API path's suffix: {@code csv}, {@code xlsx} */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** @return the name a downloaded file gets */
    public String fileName() {
        return "search." + extension;
    }
}
