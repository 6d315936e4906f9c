package org.qianliyan.portal.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for download: a UTF-8 byte-order mark so Excel reads Chinese correctly, CRLF line
 * ends, fields quoted when they hold a comma, quote or line break.
 */
public final class CsvText {

    public static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    public CsvText row(List<?> fields) {
        text.append(fields.stream().map(CsvText::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A leading = + @ (or - before a non-digit) would make Excel evaluate a formula from public data.
        if (s.matches("(?s)^[=+@].*|^-[^0-9].*")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
