package org.qianliyan.portal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of every download and export: RFC 4180 rows with CRLF line ends, a
 * byte-order mark first so Excel reads the UTF-8 Chinese, fields quoted when they hold a comma,
 * quote or line break. A field a spreadsheet would run as a formula (text starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, as crawled and
 * imported text may) gets a leading apostrophe; numbers such as {@code -3.5} stay numbers.
 * Rows are written as they come, so an export never holds its result set.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    /** Starts the CSV on {@code out} with the byte-order mark. */
    public CsvWriter(Writer out) {
        this.out = out;
        write("\uFEFF");
    }

    /** @return a writer of UTF-8 bytes to {@code out} */
    public static CsvWriter utf8(OutputStream out) {
        return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes one row; {@code null} fields are empty. */
    public CsvWriter row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is buffered; the stream itself belongs to the caller. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
