package org.qianliyan.crawler.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
        String head = new String(body, 0, Math.min(body.length, SCAN_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String marker : STRONG_MARKERS) {
            if (head.contains(marker)) {
                return Optional.of("anti-bot page (" + marker + ")");
            }
        }
        if (head.contains("验证码") || head.contains("captcha")) {
            for (String context : CAPTCHA_CONTEXT) {
                if (head.contains(context)) {
                    return Optional.of("captcha page (" + context + ")");
                }
            }
        }
        return Optional.empty();
    }
}
