package org.qianliyan.portal.incinerator.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a comma-separated file as the ministry platform exports it:
 * optional UTF-8 BOM, quoted fields with doubled quotes, LF or CRLF. Holds one record in
 * memory; {@link #lineNumber()} is the physical line the current record started on.
 */
public final class CsvRecordReader implements AutoCloseable {

    private final BufferedReader reader;
    private int nextLine = 1;
    private int recordLine;
    private boolean first = true;

    public CsvRecordReader(Reader reader) {
        this.reader = new BufferedReader(reader, 1 << 16);
    }

    /** The next record's fields, or {@code null} at the end of the file. */
    public List<String> next() throws IOException {
        recordLine = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int peek = reader.read();
                    if (peek == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (peek != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                nextLine++;
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    public int lineNumber() {
        return recordLine;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
