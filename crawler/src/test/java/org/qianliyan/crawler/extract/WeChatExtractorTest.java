package org.qianliyan.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qianliyan.crawler.CrawledDocument;
import org.qianliyan.crawler.fixture.SharedFixtures;
import org.qianliyan.crawler.source.SourceKind;

/** Real saved WeChat and Sogou pages from ../shared/fixtures/wechat-sogou. */
class WeChatExtractorTest {

    private static Extraction extract(String file) {
        byte[] body = SharedFixtures.read("wechat-sogou/" + file);
        return new WeChatExtractor().extract(Pages.page("https://mp.weixin.qq.com/s?__biz=x&mid=1&idx=1&sn=" + file, body, "text/html"),
                Pages.profile(SourceKind.WECHAT, "https://weixin.sogou.com/weixin?type=2&query=x", null, null));
    }

    @ParameterizedTest
    @CsvSource({
        "article_detail_backgroud-image.html, 4月6日周五【新闻速览一分钟】, 华商报, 1522968980",
        "article_detail_iframe.html, 【视频】石榴花开, 共产党员, 1521515999",
        "article_detail_mpvoice.html, 语音 | 早安武汉〔2018.3.19 周一〕, 长江日报, 1521408600",
        "article_detail_qqmusic.html, 关于音乐, 闲云野鹤古刹, 1523110915"})
    void real_wechat_articles_yield_title_account_time_and_body(String file, String title, String account, long ct) {
        Extraction extraction = extract(file);
        assertThat(extraction.documents()).hasSize(1);
        CrawledDocument doc = extraction.documents().get(0);
        assertThat(doc.title()).isEqualTo(title);
        assertThat(doc.author()).isEqualTo(account);
        assertThat(doc.publishedAt()).isEqualTo(Instant.ofEpochSecond(ct));
        assertThat(doc.kind()).isEqualTo(SourceKind.WECHAT);
        assertThat(doc.sanitizedHtml()).doesNotContain("<script").doesNotContain("<iframe");
    }

    @Test
    void the_news_article_body_has_its_text() {
        CrawledDocument doc = extract("article_detail_backgroud-image.html").documents().get(0);
        assertThat(doc.text().length()).isGreaterThan(200);
    }

    @Test
    void an_expired_link_page_is_recognised_as_gone() {
        Extraction extraction = extract("article_detail_expired.html");
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.gone()).contains("链接已过期");
    }

    @Test
    void a_sogou_article_search_page_yields_the_result_links_in_order() {
        Extraction extraction = extract("search-gaokao-article.html");
        assertThat(extraction.documents()).isEmpty();
        assertThat(extraction.links()).hasSize(10).allSatisfy(l -> assertThat(l).startsWith("http://mp.weixin.qq.com/s?src=3"));
    }
}
