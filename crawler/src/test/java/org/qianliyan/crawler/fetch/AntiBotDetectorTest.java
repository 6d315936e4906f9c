package org.qianliyan.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qianliyan.crawler.fixture.FixtureServer;

class AntiBotDetectorTest {

    @Test
    void a_sogou_antispider_page_and_a_captcha_page_are_recognised() {
        assertThat(AntiBotDetector.detect(200, FixtureServer.readResource("site/sogou-antispider.html"))).isPresent();
        assertThat(AntiBotDetector.detect(200, FixtureServer.readResource("site/captcha.html"))).isPresent();
    }

    @Test
    void http_418_and_432_are_anti_bot_answers_whatever_the_body() {
        assertThat(AntiBotDetector.detect(418, new byte[0])).hasValue("anti-bot HTTP 418");
        assertThat(AntiBotDetector.detect(432, new byte[0])).hasValue("anti-bot HTTP 432");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov-article.html", "news-article.html", "xzcf-text.html", "xzcf-table.html",
            "wechat-article.html", "wechat-expired.html", "sogou-wechat-search.html"})
    void our_government_and_news_pages_are_not_mistaken_for_captchas(String file) {
        assertThat(AntiBotDetector.detect(200, FixtureServer.readResource("site/" + file))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script src=/antispider/x.js>", "<div>请完成安全验证</div>", "CAPTCHA 访问过于频繁",
        "验证码 Unusual Traffic", "<b>Captcha</b> 异常访问", "\u00c4\u00b8\u00ad captcha", "antİspider captcha",
        "验证码", "访问过于频繁", "普通新闻 captcha-free", "GeeTest", "nc_1_WRAPPER"})
    void finds_the_markers_that_the_lower_cased_utf8_text_shows(String html) {
        byte[] page = ("<html><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(AntiBotDetector.detect(200, page)).isEqualTo(decodedAndLowerCased(page));

        byte[] gbk = ("<html><body>" + html + "</body></html>").getBytes(Charset.forName("GB18030"));
        assertThat(AntiBotDetector.detect(200, gbk)).isEqualTo(decodedAndLowerCased(gbk));
    }

    /** The rule as it was first written: the first 16 KB decoded as UTF-8, lower-cased, searched. */
    private static Optional<String> decodedAndLowerCased(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 16 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String marker : List.of("/antispider/", "antispider.min.js", "geetest", "nc_1_wrapper", "captcha-delivery",
                "请完成安全验证", "人机验证", "seccaptcha")) {
            if (head.contains(marker)) {
                return Optional.of("anti-bot page (" + marker + ")");
            }
        }
        if (head.contains("验证码") || head.contains("captcha")) {
            for (String context : List.of("访问过于频繁", "异常访问", "请输入验证码", "访问异常", "unusual traffic")) {
                if (head.contains(context)) {
                    return Optional.of("captcha page (" + context + ")");
                }
            }
        }
        return Optional.empty();
    }
}
