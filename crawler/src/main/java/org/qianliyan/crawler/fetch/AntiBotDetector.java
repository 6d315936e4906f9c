package org.qianliyan.crawler.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises anti-bot answers: HTTP 418/432, and captcha or "too many requests" pages such as
 * Sogou's {@code antispider} page. We back off and alert staff; we never try to solve them.
 */
public final class AntiBotDetector {

    private static final int SCAN_BYTES = 16 * 1024;
    private static final List<String> STRONG_MARKERS = List.of(
            "/antispider/", "antispider.min.js", "geetest", "nc_1_wrapper", "captcha-delivery", "请完成安全验证",
            "人机验证", "seccaptcha");
    private static final List<String> CAPTCHA_CONTEXT = List.of(
            "访问过于频繁", "异常访问", "请输入验证码", "访问异常", "unusual traffic");
    /** The markers as {@link #asciiLowerCased} shows them, in the same order. */
    private static final List<String> STRONG_BYTES = STRONG_MARKERS.stream().map(AntiBotDetector::bytesOf).toList();
    private static final List<String> CONTEXT_BYTES = CAPTCHA_CONTEXT.stream().map(AntiBotDetector::bytesOf).toList();
    private static final String CAPTCHA_WORD = bytesOf("验证码");

    private AntiBotDetector() {
    }

    /**
     * @param httpStatus the response status
     * @param body       the response body (only the first 16 KB are looked at)
     * @return the reason when the answer is an anti-bot page
     */
    public static Optional<String> detect(int httpStatus, byte[] body) {
        if (httpStatus == 418 || httpStatus == 432) {
            return Optional.of("anti-bot HTTP " + httpStatus);
        }
        if (body.length == 0 || body.length > 256 * 1024) {
            return Optional.empty();
        }
        // Markers are ASCII or UTF-8; GBK captcha pages are rare enough that we accept missing them.
        String head = asciiLowerCased(body, Math.min(body.length, SCAN_BYTES));
        for (int i = 0; i < STRONG_BYTES.size(); i++) {
            if (head.contains(STRONG_BYTES.get(i))) {
                return Optional.of("anti-bot page (" + STRONG_MARKERS.get(i) + ")");
            }
        }
        if (head.contains(CAPTCHA_WORD) || head.contains("captcha")) {
            for (int i = 0; i < CONTEXT_BYTES.size(); i++) {
                if (head.contains(CONTEXT_BYTES.get(i))) {
                    return Optional.of("captcha page (" + CAPTCHA_CONTEXT.get(i) + ")");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The bytes as ISO-8859-1 text (one char per byte, no decoding), ASCII letters lower-cased: a marker is found in it
     * exactly where its UTF-8 bytes are, as it was found in the UTF-8 text lower-cased, without decoding 16 KB of
     * every page we fetch (no marker holds a letter that a non-ASCII character lower-cases to).
     */
    private static String asciiLowerCased(byte[] body, int length) {
        byte[] lower = new byte[length];
        for (int i = 0; i < length; i++) {
            byte b = body[i];
            lower[i] = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
        }
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    /** A marker as ISO-8859-1 text of its UTF-8 bytes, comparable with {@link #asciiLowerCased}. */
    private static String bytesOf(String marker) {
        return new String(marker.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
