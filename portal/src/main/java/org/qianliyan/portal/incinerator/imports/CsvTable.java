package org.qianliyan.portal.incinerator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qianliyan.portal.imports.TextCharset;
import org.qianliyan.portal.imports.UndecodableTextException;

/**
 * A CSV stream read row by row with its header: rows come as maps by column name. The
 * header must hold the columns the caller needs; extra columns are ignored, since the
 * platform adds columns over time.
 */
public final class CsvTable implements AutoCloseable {

    private final CsvRecordReader reader;
    private final String fileName;
    private final List<String> header;

    private CsvTable(CsvRecordReader reader, String fileName, List<String> header) {
        this.reader = reader;
        this.fileName = fileName;
        this.header = header;
    }

    /**
     * Opens {@code in} in the charset it is written in ({@link TextCharset}: the platform exports UTF-8, a file
     * saved again by Excel is GBK) and checks that its header has every {@code required} column.
     *
     * @throws InvalidFileException when the file is not text in one charset, has no header or lacks a column
     */
    public static CsvTable open(InputStream in, String fileName, List<String> required) throws IOException {
        CsvRecordReader reader;
        try {
            reader = new CsvRecordReader(TextCharset.open(in, fileName));
        } catch (UndecodableTextException e) {
            in.close();
            throw new InvalidFileException(e.getMessage());
        }
        List<String> header = readRecord(reader, fileName);
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
        return new CsvTable(reader, fileName, names);
    }

    /** The next row by column name, or {@code null} at the end. */
    public Map<String, String> next() throws IOException {
        List<String> fields;
        do {
            fields = readRecord(reader, fileName);
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

    private static List<String> readRecord(CsvRecordReader reader, String fileName) throws IOException {
        try {
            return reader.next();
        } catch (CharacterCodingException e) {
            reader.close();
            throw new InvalidFileException(fileName + ": line " + reader.lineNumber() + " holds bytes that are not text"
                    + " in the charset the file starts in (UTF-8 or GB18030); nothing was imported");
        }
    }

    public int lineNumber() {
        return reader.lineNumber();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
