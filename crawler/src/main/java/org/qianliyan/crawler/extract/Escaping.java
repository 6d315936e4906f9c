package org.qianliyan.crawler.extract;

/**
 * HTML escaping as jsoup writes a UTF-8 document ({@code Entities}, base escape mode): {@code & < >}
 * and the no-break space always, the double quote in attribute values, and ASCII control
 * characters other than tab, line feed and carriage return, and lone surrogates, as hexadecimal
 * references. Everything else is written as it is.
 */
final class Escaping {

    private Escaping() {
    }

    /** Appends text content. */
    static void text(StringBuilder out, String s) {
        escape(out, s, false);
    }

    /** Appends an attribute value (written between double quotes). */
    static void attribute(StringBuilder out, String s) {
        escape(out, s, true);
    }

    private static void escape(StringBuilder out, String s, boolean attribute) {
        int length = s.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String replacement;
            int codePoint = c;
            if (c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' || c > 0xa0 && !Character.isSurrogate(c)) {
                continue;
            }
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '\u00a0' -> replacement = "&nbsp;";
                case '"' -> replacement = attribute ? "&quot;" : null;
                case '\t', '\n', '\r' -> replacement = null;
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                        codePoint = Character.toCodePoint(c, s.charAt(i + 1));
                        // jsoup tests the code point's low 16 bits as a char: a pair whose low bits fall among the surrogates is escaped
                        if (!Character.isSurrogate((char) codePoint)) {
                            i++;
                            continue;
                        }
                        replacement = "";
                    } else {
                        replacement = c < 0x20 || Character.isSurrogate(c) ? "" : null;
                    }
                }
            }
            if (replacement == null) {
                continue;
            }
            out.append(s, plainFrom, i);
            if (replacement.isEmpty()) {
                out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
                i += Character.charCount(codePoint) - 1;
            } else {
                out.append(replacement);
            }
            plainFrom = i + 1;
        }
        out.append(s, plainFrom, length);
    }
}
