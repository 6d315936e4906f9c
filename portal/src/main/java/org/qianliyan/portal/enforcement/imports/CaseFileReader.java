package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.qianliyan.portal.enforcement.domain.InvalidHeaderException;

/**
 * Streams the rows of one import format. The header is checked before the first row is
 * handed on; rows are never all held in memory, so a 100,000-case file costs one row.
 */
public interface CaseFileReader {

    /**
     * @throws InvalidHeaderException when the header does not fit the schema
     * @throws UnreadableFileException when the file is not of this format
     */
    void read(InputStream in, CaseRowSink sink) throws IOException;

    /** The reader for a file name's extension: .csv, .xlsx or .json. */
    static CaseFileReader forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new CsvCaseReader(fileName);
        }
        if (lower.endsWith(".xlsx")) {
            return new XlsxCaseReader();
        }
        if (lower.endsWith(".json")) {
            return new JsonCaseReader();
        }
        throw new UnreadableFileException(fileName + ": expected a .csv, .xlsx or .json file");
    }
}
