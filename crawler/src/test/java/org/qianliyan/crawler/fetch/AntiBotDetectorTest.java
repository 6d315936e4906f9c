package org.qianliyan.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

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
}
