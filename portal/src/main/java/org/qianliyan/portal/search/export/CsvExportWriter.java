package org.qianliyan.portal.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV rows as RFC 4180, UTF-8 with a byte-order mark so Excel reads Chinese (DESIGN §1). A
 * cell that a spreadsheet would run as a formula (crawled text starting with {@code =}, {@code +},
 * {@code -}, {@code @}) is prefixed with an apostrophe.
 */
final class CsvExportWriter implements AutoCloseable {

    private final Writer writer;

    CsvExportWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(quoted(defused(cells.get(i))));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?") ? "'" + cell : cell;
    }

    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
