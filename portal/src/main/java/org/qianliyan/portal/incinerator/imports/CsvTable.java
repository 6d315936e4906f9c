package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV stream read row by row with its header: rows come as maps by column name. The
 * header must hold the columns the caller needs; extra columns are ignored, since the
 * platform adds columns over time.
 */
public final class CsvTable implements AutoCloseable {

    private final CsvRecordReader reader;
    private final List<String> header;

    private CsvTable(CsvRecordReader reader, List<String> header) {
        this.reader = reader;
        this.header = header;
    }

    /** Opens {@code in} as UTF-8 and checks that its header has every {@code required} column. */
    public static CsvTable open(InputStream in, String fileName, List<String> required) throws IOException {
        var reader = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = reader.next();
        if (header == null) {
            reader.close();
            throw new InvalidFileException(fileName + ": empty file, expected a header line");
        }
        List<String> names = header.stream().map(String::trim).toList();
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            reader.close();
            throw new InvalidFileException(fileName + ": header lacks the columns " + String.join(", ", missing)
                    + " (is this the platform's export?)");
        }
        return new CsvTable(reader, names);
    }

    /** The next row by column name, or {@code null} at the end. */
    public Map<String, String> next() throws IOException {
        List<String> fields;
        do {
            fields = reader.next();
        } while (fields != null && fields.size() == 1 && fields.get(0).isBlank());
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

    /** Set on a row whose field count differs from the header's. */
    public static final String FIELD_COUNT_PROBLEM = "\u0000field-count";

    public int lineNumber() {
        return reader.lineNumber();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
