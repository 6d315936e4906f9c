package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.csv.CsvReader;
import org.qianliyan.portal.csv.MalformedCsvException;

/**
 * A CSV stream read row by row with its header, through the portal's one {@link CsvReader}:
 * rows come as maps by column name, values trimmed. The header must hold the columns the
 * caller needs; extra columns are ignored, since the platform adds columns over time.
 */
public final class CsvTable implements AutoCloseable {

    /** Set on a row whose field count differs from the header's. */
    public static final String FIELD_COUNT_PROBLEM = "\u0000field-count";

    private final CsvReader reader;
    private final List<String> header;

    private CsvTable(CsvReader reader, List<String> header) {
        this.reader = reader;
        this.header = header;
    }

    /**
     * Opens {@code in} in the charset it is written in (the platform exports UTF-8, a file saved
     * again by Excel is GBK) and checks that its header has every {@code required} column.
     *
     * @throws InvalidFileException when the file is not CSV text in one charset, has no header or lacks a column
     */
    public static CsvTable open(InputStream in, String fileName, List<String> required) throws IOException {
        CsvReader reader = refusingMalformed(() -> CsvReader.open(in, fileName));
        List<String> names = reader.header().stream().map(String::trim).toList();
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(names);
        if (names.isEmpty()) {
            reader.close();
            throw new InvalidFileException(fileName + ": empty file, expected a header line");
        }
        if (!missing.isEmpty()) {
            reader.close();
            throw new InvalidFileException(fileName + ": header lacks the columns " + String.join(", ", missing)
                    + " (is this the platform's export?)");
        }
        return new CsvTable(reader, names);
    }

    /**
     * @return the next row by column name, or {@code null} at the end
     * @throws InvalidFileException when the rest of the file is not CSV text in its charset
     */
    public Map<String, String> next() throws IOException {
        List<String> fields = refusingMalformed(reader::next);
        if (fields == null) {
            return null;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < fields.size() ? fields.get(i).trim() : "");
        }
        if (fields.size() != header.size()) {
            row.put(FIELD_COUNT_PROBLEM, fields.size() + " fields, header has " + header.size());
        }
        return row;
    }

    /** @return the line the current row starts on */
    public int lineNumber() {
        return Math.toIntExact(reader.line());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private interface CsvStep<T> {
        T run() throws IOException;
    }

    private static <T> T refusingMalformed(CsvStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (MalformedCsvException e) {
            throw new InvalidFileException(e.getMessage() + "; nothing was imported");
        }
    }
}
