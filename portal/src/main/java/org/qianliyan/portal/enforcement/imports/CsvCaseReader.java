package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.csv.CsvReader;
import org.qianliyan.portal.csv.MalformedCsvException;
import org.qianliyan.portal.enforcement.domain.CaseColumn;
import org.qianliyan.portal.enforcement.domain.CaseHeader;

/**
 * Cases from CSV through the portal's one {@link CsvReader} (RFC 4180; UTF-8, or GBK as Excel
 * on a Chinese Windows saves it). A file that is not CSV in one charset is unreadable as a
 * whole, naming the line, rather than imported in part or garbled.
 */
final class CsvCaseReader implements CaseFileReader {

    private final String fileName;

    CsvCaseReader(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void read(InputStream in, CaseRowSink sink) throws IOException {
        try (CsvReader csv = CsvReader.open(in, fileName)) {
            if (csv.header().isEmpty()) {
                throw new UnreadableFileException("the file is empty: expected a header row");
            }
            CaseHeader header = CaseHeader.of(csv.header());
            sink.ignoredColumns(header.ignored());
            for (List<String> cells; (cells = csv.next()) != null; ) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
                for (int i = 0; i < cells.size(); i++) {
                    CaseColumn column = header.columnAt(i);
                    if (column != null) {
                        row.put(column, cells.get(i));
                    }
                }
                sink.accept(csv.line(), row);
            }
        } catch (MalformedCsvException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        }
    }
}
