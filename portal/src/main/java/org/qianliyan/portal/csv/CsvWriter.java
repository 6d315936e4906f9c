package org.qianliyan.portal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every download and export: Commons CSV's RFC 4180 format, the one
 * {@link CsvReader} reads (CRLF line ends, fields quoted when they need it), with a
 * byte-order mark first so Excel reads the UTF-8 Chinese. A field a spreadsheet would run as a
 * formula (text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, as crawled and imported text may) gets a leading apostrophe; numbers such as
 * {@code -3.5} stay numbers. Rows are written as they come, so an export never holds its
 * result set.
 */
public final class CsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    /** Starts the CSV on {@code out} with the byte-order mark. */
    public CsvWriter(Writer out) {
        try {
            out.write('\uFEFF');
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a writer of UTF-8 bytes to {@code out} */
    public static CsvWriter utf8(OutputStream out) {
        return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes one row; {@code null} fields are empty. */
    public CsvWriter row(List<?> fields) {
        try {
            printer.printRecord(fields.stream().map(CsvWriter::formulaSafe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String formulaSafe(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + s;
        }
        return s;
    }

    /** Flushes what is buffered; the stream itself belongs to the caller. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
