package org.qianliyan.crawler.fetch;

import java.util.Locale;
import java.util.Optional;

/** Refuses bodies we cannot parse as text, whatever the Content-Type claims. */
final class ContentCheck {

    private static final int SNIFF = 1024;

    private ContentCheck() {
    }

    static Optional<String> reasonUnsupported(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean textual = type.isEmpty() || type.startsWith("text/") || type.contains("html") || type.contains("xml")
                || type.contains("json") || type.contains("javascript");
        if (!textual) {
            return Optional.of("unsupported content type " + contentType);
        }
        int controls = 0;
        int n = Math.min(body.length, SNIFF);
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xff;
            if (b == 0) {
                return Optional.of("binary body served as " + (type.isEmpty() ? "untyped" : contentType));
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        if (n > 0 && controls * 10 > n) {
            return Optional.of("binary body served as " + contentType);
        }
        return Optional.empty();
    }
}
