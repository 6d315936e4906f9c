package org.qianliyan.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qianliyan.crawler.fixture.FixtureServer;
import org.qianliyan.crawler.fixture.SharedFixtures;

class AntiBotDetectorTest {

    @Test
    void the_real_sogou_antispider_page_is_recognised() {
        byte[] page = SharedFixtures.read("wechat-sogou/search-gaokao-gzh-error.html");
        assertThat(AntiBotDetector.detect(200, page)).isPresent();
    }

    @Test
    void http_418_and_432_are_anti_bot_answers_whatever_the_body() {
        assertThat(AntiBotDetector.detect(418, new byte[0])).hasValue("anti-bot HTTP 418");
        assertThat(AntiBotDetector.detect(432, new byte[0])).hasValue("anti-bot HTTP 432");
    }

    @ParameterizedTest
    @ValueSource(strings = {"article_detail_backgroud-image.html", "article_detail_iframe.html", "article_detail_mpvoice.html",
            "article_detail_qqmusic.html", "article_detail_expired.html", "search-gaokao-article.html", "search-gaokao-gzh.html",
            "bitsea-history.html", "wapindex-wap-0612-wap_8-0.html"})
    void real_wechat_and_sogou_pages_are_not_mistaken_for_captchas(String file) {
        assertThat(AntiBotDetector.detect(200, SharedFixtures.read("wechat-sogou/" + file))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov-article.html", "news-article.html", "xzcf-text.html", "xzcf-table.html"})
    void our_government_and_news_pages_are_not_mistaken_for_captchas(String file) {
        assertThat(AntiBotDetector.detect(200, FixtureServer.readResource("site/" + file))).isEmpty();
    }
}
