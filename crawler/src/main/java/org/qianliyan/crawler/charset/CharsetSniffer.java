package org.qianliyan.crawler.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how to decode a fetched body (docs/design-notes.md, Crawling): byte-order mark, then the HTTP header,
 * then {@code <meta>} or the XML declaration, then juniversalchardet detection.
 *
 * <p>Declarations are checked against the bytes, because many Chinese government sites
 * declare one charset and send another: a page declared GB2312 whose bytes are valid UTF-8
 * with non-ASCII text is UTF-8; a page declared UTF-8 whose bytes are not valid UTF-8 is
 * detected. GB2312 and GBK are widened to GB18030, their superset. A short undeclared page,
 * too short for statistics, that the detector takes for a single-byte charset is read as
 * GB18030 when its bytes are valid GB18030 and read as Chinese.
 */
public final class CharsetSniffer {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_\\-:.]+)");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int PRESCAN = 4096;

    private CharsetSniffer() {
    }

    /**
     * @param body        the raw body
     * @param contentType the Content-Type header, or null
     * @return the charset to decode with, and how it was chosen
     */
    public static SniffedCharset sniff(byte[] body, String contentType) {
        return sniff(body, contentType, new Utf8Reading(body));
    }

    private static SniffedCharset sniff(byte[] body, String contentType, Utf8Reading utf8) {
        Optional<SniffedCharset> bom = bom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = fromHeader(contentType);
        if (header.isPresent()) {
            return verified(body, header.get(), SniffedCharset.Basis.HEADER, utf8);
        }
        Optional<Charset> declared = fromMarkup(body);
        if (declared.isPresent()) {
            return verified(body, declared.get(), SniffedCharset.Basis.META, utf8);
        }
        return detect(body);
    }

    /** @return the body decoded with the sniffed charset */
    public static String decode(byte[] body, String contentType) {
        Utf8Reading utf8 = new Utf8Reading(body);
        SniffedCharset sniffed = sniff(body, contentType, utf8);
        if (sniffed.charset().equals(StandardCharsets.UTF_8) && sniffed.bomLength() == 0 && utf8.decoded()) {
            return utf8.text();
        }
        return new String(body, sniffed.bomLength(), body.length - sniffed.bomLength(), sniffed.charset());
    }

    private static SniffedCharset verified(byte[] body, Charset declared, SniffedCharset.Basis basis, Utf8Reading reading) {
        boolean utf8 = declared.equals(StandardCharsets.UTF_8);
        if (utf8 && !reading.valid()) {
            SniffedCharset detected = detect(body);
            return new SniffedCharset(detected.charset(), SniffedCharset.Basis.DETECTED_OVER_DECLARATION, 0);
        }
        if (!utf8 && hasNonAscii(body) && isValidUtf8(body)) {
            return new SniffedCharset(StandardCharsets.UTF_8, SniffedCharset.Basis.DETECTED_OVER_DECLARATION, 0);
        }
        return new SniffedCharset(declared, basis, 0);
    }

    private static SniffedCharset detect(byte[] body) {
        if (!hasNonAscii(body) || isValidUtf8(body)) {
            return new SniffedCharset(StandardCharsets.UTF_8, SniffedCharset.Basis.DETECTED, 0);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset charset = name == null ? GB18030 : widen(lookup(name).orElse(GB18030));
        if (!charset.equals(GB18030) && singleByte(charset) && readsAsChinese(body)) {
            // Statistics need more text than a short page has: bytes that are valid GB18030 and read as Chinese are.
            charset = GB18030;
        }
        return new SniffedCharset(charset, SniffedCharset.Basis.DETECTED, 0);
    }

    private static boolean singleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** True when the bytes decode as GB18030 without error and most of their non-ASCII characters are Han. */
    static boolean readsAsChinese(byte[] body) {
        CharBuffer text;
        try {
            text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return false;
        }
        int nonAscii = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return nonAscii > 0 && han >= nonAscii * 0.8;
    }

    private static Optional<SniffedCharset> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new SniffedCharset(StandardCharsets.UTF_8, SniffedCharset.Basis.BOM, 3));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new SniffedCharset(StandardCharsets.UTF_16BE, SniffedCharset.Basis.BOM, 2));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new SniffedCharset(StandardCharsets.UTF_16LE, SniffedCharset.Basis.BOM, 2));
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)).map(CharsetSniffer::widen) : Optional.empty();
    }

    private static Optional<Charset> fromMarkup(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return lookup(xml.group(1)).map(CharsetSniffer::widen);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? lookup(meta.group(1)).map(CharsetSniffer::widen) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Charset widen(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.equals("GB2312") || name.equals("GBK") || name.equals("EUC-CN") || name.equals("X-EUC-CN")) {
            return GB18030;
        }
        if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
            return Charset.forName("windows-1252");
        }
        return charset;
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** A strict UTF-8 check without decoding: no overlongs, no surrogates, nothing above U+10FFFF. */
    static boolean isValidUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= n) {
                return false;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int cont = b[i + k] & 0xff;
                if ((cont & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cont & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /**
     * A body declared UTF-8, decoded at most once: whether its bytes are UTF-8 is read off the decoded text, which
     * holds U+FFFD wherever the bytes were not (only then, as the page may hold a U+FFFD of its own, do the bytes
     * decide). Checking the bytes first and decoding them after was two passes over every such page.
     */
    private static final class Utf8Reading {

        private final byte[] body;
        private String text;

        Utf8Reading(byte[] body) {
            this.body = body;
        }

        boolean valid() {
            return text().indexOf('\uFFFD') < 0 || isValidUtf8(body);
        }

        boolean decoded() {
            return text != null;
        }

        String text() {
            if (text == null) {
                text = new String(body, StandardCharsets.UTF_8);
            }
            return text;
        }
    }
}
